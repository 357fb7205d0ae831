import type { AnalyzeResult } from "../../../src/core/analyze/types";
import type { Finding } from "../../../src/core/model/finding";

export function finding(
  ruleId: string,
  rowIndex: number,
  cellIndex = 4,
  severity: Finding["severity"] = "error"
): Finding {
  return {
    ruleId,
    severity,
    message: { vi: `vi:${ruleId}:${rowIndex}`, en: `en:${ruleId}:${rowIndex}` },
    location: { tableIndex: 0, rowIndex, cell: { tableIndex: 0, rowIndex, cellIndex } },
  };
}

export function analysisWith(findings: Finding[]): AnalyzeResult {
  const count = (severity: Finding["severity"]) =>
    findings.filter((f) => f.severity === severity).length;
  return {
    plans: [],
    findings,
    summary: {
      status: "plan",
      plans: [],
      findingsBySeverity: { error: count("error"), warning: count("warning"), tip: count("tip") },
    },
  };
}
