import type { Finding } from "../../../core/model/finding";
import { SEVERITY_ORDER } from "../../../core/model/finding";

export interface FindingGroup {
  ruleId: string;
  findings: Finding[];
}

/** Findings grouped by kind (rule), most severe kinds first, each group in document order. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  const worst = (list: Finding[]) => Math.min(...list.map((f) => SEVERITY_ORDER[f.severity]));
  return [...groups]
    .map(([ruleId, list]) => ({ ruleId, findings: list }))
    .sort((a, b) => worst(a.findings) - worst(b.findings));
}

/** The order Next/Previous walk: the groups' order, as shown. */
export function navigationOrder(groups: readonly FindingGroup[]): Finding[] {
  return groups.flatMap((group) => group.findings);
}
