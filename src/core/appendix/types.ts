/**
 * What `planAppendix` takes and returns. The outcome is data a UI or the CLI can show as it is:
 * counts, the cells it could not update without losing someone's words, and where the heading
 * of an existing appendix disagrees with the plan.
 */
import type { DocumentEdit } from "../edits/edit";
import type { LocalizedText } from "../model/localized";

/**
 * "report": the progress report of the 2018 plans (plans.md, "The progress-report appendix").
 * "monitoring": the TT57 follow-up table, filled at the end of term I and at the end of the year.
 */
export type AppendixLayoutId = "report" | "monitoring";

/** The columns the appendix layouts know, by what they hold. */
export type AppendixColumnId =
  | "number"
  | "criterion"
  | "planned"
  | "target"
  | "indicator"
  | "adjusted"
  | "done"
  | "ongoing"
  | "termOne"
  | "yearEnd"
  | "note";

export interface AppendixOptions {
  /** The layout of a new appendix; by default "monitoring" for TT57 plans, "report" otherwise. */
  layout?: AppendixLayoutId;
  /** Content-control tag put around a new appendix table; `APPENDIX_MARKER` by default. */
  marker?: string;
  /** Put a new appendix in its own landscape section (the default: the table is wide). */
  landscape?: boolean;
}

/** Where a plan action row is: its first row in its plan table. */
export interface PlanRowRef {
  tableIndex: number;
  rowIndex: number;
}

/**
 * A cell of a plan-derived column (TT, criterion, plan content) that held words which are not a
 * form of the plan's text: somebody wrote there. Nothing was dropped; `resolution` says where the
 * words are now.
 *  - "kept-in-cell": the cell was left as it was (the plan's text is not shown in it);
 *  - "moved": the plan's text is in the cell, the words were carried to the staff column
 *    `movedTo` (the report's "ND kế hoạch đã được điều chỉnh", the monitoring table's "Ghi chú"),
 *    after what that column held.
 */
export interface PlanCellConflict {
  kind: "plan-cell-edited";
  column: AppendixColumnId;
  /** The words found in the cell, exactly. */
  text: string;
  /** What the plan says the cell should hold. */
  planText: string;
  resolution: "kept-in-cell" | "moved";
  movedTo?: AppendixColumnId;
  /** TT of the row in the new table (empty for rows the plan no longer has). */
  rowNumber: string;
  planRow?: PlanRowRef;
  message: LocalizedText;
}

/** A column of the existing appendix that no layout knows: kept, with its header, before "Ghi chú". */
export interface ExtraColumnNotice {
  kind: "extra-column-kept";
  header: string;
  message: LocalizedText;
}

/** A table nested in a staff cell: its text is kept as paragraphs of the cell, its layout is not. */
export interface NestedTableNotice {
  kind: "nested-table-flattened";
  column: AppendixColumnId | "extra";
  rowNumber: string;
  message: LocalizedText;
}

export type AppendixConflict = PlanCellConflict | ExtraColumnNotice | NestedTableNotice;

/** A part of an existing appendix's heading that differs from the plan's metadata. */
export interface HeadingDiscrepancy {
  field: "planNumber" | "date" | "schoolName" | "documentKind" | "schoolYear" | "templateWord";
  blockIndex: number;
  /** As the heading has it. */
  written: string;
  /** As the plan's metadata has it ("" for a word that should not be there, like "MẪU"). */
  expected: string;
  /** True when the refresh rewrote it as the plan has it (`message` then says so). */
  corrected?: boolean;
  message: LocalizedText;
}

interface OutcomeCounts {
  layout: AppendixLayoutId;
  /** Body rows of the appendix table for plan action rows. */
  rows: number;
  /** Staff cells with text, carried over exactly. */
  keptCells: number;
  /** Plan-derived cells whose text changed (renumbered, official titles, plan edits). */
  updatedCells: number;
  /** Rows for plan rows the existing appendix did not have. */
  addedRows: number;
  /** Rows kept although the plan no longer has them (marked `ORPHAN_NOTE` in "Ghi chú"). */
  orphanedRows: number;
  conflicts: AppendixConflict[];
}

export interface CreatedOutcome extends OutcomeCounts {
  kind: "created";
  /** "PHỤ LỤC", "PHỤ LỤC 2"… as written in the new heading. */
  appendixLabel: string;
}

export interface RefreshedOutcome extends OutcomeCounts {
  kind: "refreshed";
  /** The refreshed table (top-level table index). */
  tableIndex: number;
  /** False when the table and its heading already said everything: no edit is returned. */
  changed: boolean;
  headingDiscrepancies: HeadingDiscrepancy[];
}

export interface NoPlanOutcome {
  kind: "no-plan";
  message: LocalizedText;
}

export type AppendixOutcome = CreatedOutcome | RefreshedOutcome | NoPlanOutcome;

export interface AppendixResult {
  edits: DocumentEdit[];
  outcome: AppendixOutcome;
}
