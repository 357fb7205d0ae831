/**
 * What recognition makes of a document: the plan's metadata, its tables, their columns and rows.
 * Every piece keeps where it came from so findings and edits can point back into the document.
 */
import type { CellLocation } from "./document";
import type { SchoolLevel } from "./level";
import type { CatalogId } from "../catalog/types";

/** The part a column plays in a plan table, named after what its header says. */
/** Every role a header can name; "unknown" (a column no header word explains) is apart. */
export const KNOWN_COLUMN_ROLES = [
  "number",
  "standard",
  "criterion",
  "weakness",
  "target",
  "action",
  "owner",
  "deadline",
  "monitor",
  "reportTime",
  "cost",
  "support",
  "evidence",
  "note",
  "status",
] as const;

export type KnownColumnRole = (typeof KNOWN_COLUMN_ROLES)[number];

export const COLUMN_ROLES = [...KNOWN_COLUMN_ROLES, "unknown"] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

export interface PlanColumn {
  role: ColumnRole;
  gridColumn: number;
  gridSpan: number;
  /** Header text as written (both header rows joined when the header has two). */
  headerText: string;
}

/** A cell as a plan row sees it: text merged across continuation rows, location of the first part. */
export interface PlanCell {
  text: string;
  location: CellLocation;
  gridColumn: number;
}

interface PlanRowBase {
  tableIndex: number;
  /** The row's first `w:tr` index in its table. */
  rowIndex: number;
  /** Every `w:tr` index this logical row covers (itself plus continuation rows merged into it). */
  rowIndices: number[];
}

/** "MỨC 1, 2, 3" / "MỨC 4: …" */
export interface LevelGroupRow extends PlanRowBase {
  kind: "levelGroup";
  text: string;
  /** The levels named, e.g. [1, 2, 3] or [4]. */
  levels: number[];
}

/** "1 · Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên" */
export interface StandardGroupRow extends PlanRowBase {
  kind: "standardGroup";
  standardCode: string;
  /** Title after the code as written, possibly empty or truncated. */
  titleAsWritten: string;
  numberText?: string;
  cell: PlanCell;
}

/** How an action row's criterion was found. */
export type CriterionSource = "code-cell" | "text" | "standard-only" | "none";

export interface ActionRow extends PlanRowBase {
  kind: "action";
  /** TT as written. */
  numberText?: string;
  /**
   * The standard the row sits under: from the last standard group row above it, or the heading of
   * its table. Never derived from `criterionCode`, so a criterion under the wrong standard shows.
   * Undefined when the plan has no standard structure.
   */
  standardCode?: string;
  /** Normalised criterion code ("2.3"), as written in the row; may not exist in the catalog. */
  criterionCode?: string;
  /** Title written after the criterion code ("Tiêu chí 2.3: Đối với nhân viên" → "Đối với nhân viên"). */
  criterionTitleAsWritten?: string;
  criterionSource: CriterionSource;
  /** The cell the criterion was read from. */
  criterionCell?: PlanCell;
  /** Cells by column role; a role absent here has no column in the table. */
  cells: Partial<Record<ColumnRole, PlanCell>>;
}

export interface EmptyRow extends PlanRowBase {
  kind: "empty";
}

export type PlanRow = LevelGroupRow | StandardGroupRow | ActionRow | EmptyRow;

export interface PlanTable {
  tableIndex: number;
  blockIndex: number;
  headerRowIndices: number[];
  columns: PlanColumn[];
  /** The standard named by the heading paragraph above the table, in one-table-per-standard plans. */
  headingStandard?: { code: string; titleAsWritten: string; blockIndex: number };
}

/** Where the school level came from, strongest first. */
export type LevelSource = "user" | "circular" | "school-name" | "default";

export interface SchoolYear {
  startYear: number;
  endYear: number;
  text: string;
}

export interface PlanMetadata {
  level: SchoolLevel;
  levelSource: LevelSource;
  /** The catalog chosen for the plan (see core/catalog). */
  catalogId: CatalogId;
  schoolYear?: SchoolYear & { blockIndex: number };
  /** "97/KH-MNPL"; a number left blank ("Số: /KH-MNLH") keeps its text with `blank: true`. */
  planNumber?: { text: string; blank: boolean; blockIndex: number };
  date?: { day: number; month: number; year: number; text: string; blockIndex: number };
  place?: string;
  schoolName?: string;
  signer?: { title?: string; name?: string };
  /** A plan-level monitor named in the organisation / monitoring sections. */
  monitorAssignment?: { text: string; blockIndex: number };
}

export interface Plan {
  metadata: PlanMetadata;
  tables: PlanTable[];
  /** Rows of every plan table, in document order. */
  rows: PlanRow[];
}

export function actionRows(plan: Plan): ActionRow[] {
  return plan.rows.filter((row): row is ActionRow => row.kind === "action");
}
