/**
 * Every rule, and the one way to run them. (Bootstrap by the recognition work so `analyze` can call
 * `runRules` before the rules land: the rules engineer owns this file and fills `ALL_RULES`.)
 */
import type { Finding } from "../model/finding";
import type { Rule, RuleContext } from "./types";

export const ALL_RULES: readonly Rule[] = [];

/**
 * Runs each rule over the context. A rule that throws is a bug in that rule, not in the user's
 * document: it contributes no findings and the others still run.
 */
export function runRules(context: RuleContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check(context));
    } catch {
      // Deliberately swallowed: see above.
    }
  }
  return findings;
}
