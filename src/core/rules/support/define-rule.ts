/**
 * Every rule is written as `defineRule({ id, severity, description, run })`: `run` reports what it
 * finds and the rule id and severity are stamped on each finding here, so a rule cannot report
 * under another rule's name or severity.
 */
import type { Finding, FindingLocation, Severity, SuggestedFix } from "../../model/finding";
import type { LocalizedText } from "../../model/localized";
import type { Rule, RuleContext } from "../types";

/** What a rule says about one problem; the id and severity come from the rule. */
export interface FindingFields {
  message: LocalizedText;
  location: FindingLocation;
  criterion?: string | undefined;
  text?: string | undefined;
  fix?: SuggestedFix | undefined;
}

export type Report = (fields: FindingFields) => void;

export interface RuleSpec {
  id: string;
  severity: Severity;
  description: LocalizedText;
  run(context: RuleContext, report: Report): void;
}

function withoutUndefined<T extends object>(value: T): T {
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  return Object.fromEntries(entries) as T;
}

export function defineRule(spec: RuleSpec): Rule {
  const { id, severity, description } = spec;
  return {
    id,
    severity,
    description,
    check(context: RuleContext): Finding[] {
      const findings: Finding[] = [];
      spec.run(context, (fields) => {
        findings.push(
          withoutUndefined({
            ruleId: id,
            severity,
            message: fields.message,
            location: withoutUndefined(fields.location),
            criterion: fields.criterion,
            text: fields.text,
            fix: fields.fix,
          })
        );
      });
      return findings;
    },
  };
}
