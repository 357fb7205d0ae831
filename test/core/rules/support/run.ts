/** Running one rule in a test, and what tests assert about findings (never their wording). */
import type { Finding } from "../../../../src/core/model/finding";
import type { Rule } from "../../../../src/core/rules/types";
import type { BuiltPlan } from "./plan-builder";

export function check(rule: Rule, built: BuiltPlan): Finding[] {
  return rule.check(built.context);
}

/** The parts of findings tests compare: rule, severity, location, criterion, text, fix. */
export function essentials(findings: Finding[]) {
  return findings.map(({ message: _message, ...rest }) => rest);
}

/** Every finding carries the rule's id and severity and has a message in both languages. */
export function expectWellFormed(rule: Rule, findings: Finding[]): void {
  for (const finding of findings) {
    expect(finding.ruleId).toBe(rule.id);
    expect(finding.severity).toBe(rule.severity);
    expect(finding.message.vi.trim()).not.toBe("");
    expect(finding.message.en.trim()).not.toBe("");
  }
}
