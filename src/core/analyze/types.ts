/** What `analyze(document)` returns: the plans found, the findings, and a completeness summary. */
import type { Finding, Severity } from "../model/finding";
import type { LocalizedText } from "../model/localized";
import type { SchoolLevel } from "../model/level";
import type { Plan } from "../model/plan";
import type { CatalogId, Framework } from "../catalog";

export interface AnalyzeOptions {
  /** The school level chosen by the user; overrides what the document suggests. */
  level?: SchoolLevel;
  /** Force a framework (the user picked TT57); otherwise cited circulars decide, 2018 by default. */
  framework?: Framework;
  /** The level to assume when the document says nothing (user preference); "mn" when absent. */
  defaultLevel?: SchoolLevel;
}

export interface PlanSummary {
  actionRows: number;
  withOwner: number;
  withDeadline: number;
  /** Rows with a monitor: per row with a monitor column; all rows when the plan names one overall. */
  withMonitor: number;
  /** Rows with owner, deadline and monitor. */
  completeRows: number;
  /** "12/14 dòng đầy đủ" / "12/14 rows complete" */
  text: LocalizedText;
}

export interface AnalyzeSummary {
  status: "plan" | "no-plan";
  plans: PlanSummary[];
  findingsBySeverity: Record<Severity, number>;
  catalogId?: CatalogId;
  /** "Không tìm thấy bảng kế hoạch…" when status is "no-plan". */
  message?: LocalizedText;
}

/** A progress-report appendix table ("Kết quả thực hiện"), which the appendix feature fills. */
export interface AppendixTableRef {
  tableIndex: number;
  blockIndex: number;
  /** Every row above the table's body (title and header rows). */
  headerRowIndices: number[];
}

export interface AnalyzeResult {
  plans: Plan[];
  findings: Finding[];
  summary: AnalyzeSummary;
  /** The document's progress-report appendix tables; `analyze` always sets it (empty when none). */
  appendixTables?: AppendixTableRef[];
}
