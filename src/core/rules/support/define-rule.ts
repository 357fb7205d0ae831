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
  title: LocalizedText;
  description: LocalizedText;
  run(context: RuleContext, report: Report): void;
}

/** The location without absent fields, so findings compare and serialise cleanly. */
function cleanLocation(location: FindingLocation): FindingLocation {
  const clean: FindingLocation = {};
  if (location.tableIndex !== undefined) clean.tableIndex = location.tableIndex;
  if (location.rowIndex !== undefined) clean.rowIndex = location.rowIndex;
  if (location.column !== undefined) clean.column = location.column;
  if (location.cell !== undefined) clean.cell = location.cell;
  if (location.blockIndex !== undefined) clean.blockIndex = location.blockIndex;
  return clean;
}

function findingOf(id: string, severity: Severity, fields: FindingFields): Finding {
  const finding: Finding = {
    ruleId: id,
    severity,
    message: fields.message,
    location: cleanLocation(fields.location),
  };
  if (fields.criterion !== undefined) finding.criterion = fields.criterion;
  if (fields.text !== undefined) finding.text = fields.text;
  if (fields.fix !== undefined) finding.fix = fields.fix;
  return finding;
}

export function defineRule(spec: RuleSpec): Rule {
  const { id, severity, title, description } = spec;
  return {
    id,
    severity,
    title,
    description,
    check(context: RuleContext): Finding[] {
      const findings: Finding[] = [];
      spec.run(context, (fields) => findings.push(findingOf(id, severity, fields)));
      return findings;
    },
  };
}
