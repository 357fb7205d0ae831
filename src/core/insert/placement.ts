/**
 * Where a standard's new rows go inside their table.
 *
 * - Under an existing group row (or the table's heading): before the first row of a later
 *   criterion of that standard, else after the section's last row that has content (a trailing
 *   empty row, e.g. the blank row of a fresh table, stays last for the user to fill). "Later" is
 *   by code, looking only at rows whose code belongs to the standard: 1.2 goes between 1.1 and
 *   1.3, and in a plan written out of order (1.3, 1.1) before the first later one (1.3).
 * - A standard with no group row in a table divided by group rows: a new group row, in standard
 *   order (before the first group row of a later standard or a "MỨC 4" row, else at the end),
 *   with the criteria under it.
 * - A table with neither group rows nor heading: before the first row of a later criterion of
 *   any standard, else after the last row with content.
 */
import { codeParts, compareCodeParts, type CodeParts } from "./codes";
import {
  closesCriteria,
  hasGroupRows,
  headingStandardOf,
  lastRowIndexOf,
  sectionsOf,
  standardNumberOf,
  type Section,
  type TableView,
} from "./table-view";
import type { Criterion, Standard } from "../catalog/types";
import type { PlanRow } from "../model/plan";

export type NewRow =
  | { kind: "standardGroup"; standard: Standard }
  | { kind: "criterion"; criterion: Criterion; standard: Standard };

export interface PlacedRow {
  row: NewRow;
  view: TableView;
  /** The `w:tr` the row goes after, in the document as given. */
  afterRowIndex: number;
  /**
   * Order among rows placed after the same row, compared element by element: rows of the table's
   * heading standard first, then by standard, a group row before its criteria, criteria by number.
   */
  order: readonly number[];
}

/** The rows with content, without the empty rows that end them. */
function withoutTrailingEmptyRows(rows: readonly PlanRow[]): PlanRow[] {
  let end = rows.length;
  while (end > 0 && rows[end - 1]?.kind === "empty") end--;
  return rows.slice(0, end);
}

/** After the last row with content; before the first row when all are empty. */
function endOfRows(rows: readonly PlanRow[], whenNone: number): number {
  const content = withoutTrailingEmptyRows(rows);
  const last = content[content.length - 1];
  if (last) return lastRowIndexOf(last);
  const first = rows[0];
  return first ? first.rowIndex - 1 : whenNone;
}

function firstRowAfter(
  rows: readonly PlanRow[],
  code: CodeParts,
  sameStandardOnly: boolean
): PlanRow | undefined {
  return rows.find((row) => {
    if (row.kind !== "action") return false;
    const parts = codeParts(row.criterionCode);
    if (!parts || (sameStandardOnly && parts.standard !== code.standard)) return false;
    return compareCodeParts(parts, code) > 0;
  });
}

function anchorInSection(view: TableView, section: Section, criterion: Criterion): number {
  const code = codeParts(criterion.code);
  const later = code && firstRowAfter(section.rows, code, true);
  if (later) return later.rowIndex - 1;
  const sectionStart = section.groupRow ? lastRowIndexOf(section.groupRow) : view.headerEnd;
  return endOfRows(section.rows, sectionStart);
}

/** Before the first group row of a later standard or a "MỨC 4" row; else after the last row. */
function anchorOfNewSection(view: TableView, standard: number): number {
  const boundary = view.rows.find(
    (row) =>
      (row.kind === "standardGroup" && standardNumberOf(row) > standard) ||
      (row.kind === "levelGroup" && closesCriteria(row))
  );
  if (boundary) return boundary.rowIndex - 1;
  const last = view.rows[view.rows.length - 1];
  return last ? lastRowIndexOf(last) : view.headerEnd;
}

function anchorInFlatTable(view: TableView, criterion: Criterion): number {
  const code = codeParts(criterion.code);
  const later = code && firstRowAfter(view.rows, code, false);
  if (later) return later.rowIndex - 1;
  return endOfRows(view.rows, view.headerEnd);
}

function criterionOrder(criterion: Criterion, headingRank: number): number[] {
  const code = codeParts(criterion.code);
  return [headingRank, code?.standard ?? 0, 1, code?.number ?? 0];
}

/** The new rows of one standard in its table: its criteria, and its group row when missing. */
export function placeStandardRows(
  view: TableView,
  standard: Standard,
  criteria: readonly Criterion[]
): PlacedRow[] {
  const section = sectionsOf(view).find((candidate) => candidate.standardCode === standard.code);
  if (section) {
    const headingRank = section.groupRow ? 1 : 0;
    return criteria.map((criterion) => ({
      row: { kind: "criterion", criterion, standard },
      view,
      afterRowIndex: anchorInSection(view, section, criterion),
      order: criterionOrder(criterion, headingRank),
    }));
  }
  if (hasGroupRows(view) || headingStandardOf(view) !== undefined) {
    const afterRowIndex = anchorOfNewSection(view, Number(standard.code));
    return [
      {
        row: { kind: "standardGroup", standard },
        view,
        afterRowIndex,
        order: [1, Number(standard.code), 0, 0],
      },
      ...criteria.map((criterion): PlacedRow => ({
        row: { kind: "criterion", criterion, standard },
        view,
        afterRowIndex,
        order: criterionOrder(criterion, 1),
      })),
    ];
  }
  return criteria.map((criterion) => ({
    row: { kind: "criterion", criterion, standard },
    view,
    afterRowIndex: anchorInFlatTable(view, criterion),
    order: criterionOrder(criterion, 1),
  }));
}

export function comparePlacedRows(a: PlacedRow, b: PlacedRow): number {
  if (a.view.table.tableIndex !== b.view.table.tableIndex) {
    return a.view.table.tableIndex - b.view.table.tableIndex;
  }
  if (a.afterRowIndex !== b.afterRowIndex) return a.afterRowIndex - b.afterRowIndex;
  for (let index = 0; index < Math.max(a.order.length, b.order.length); index++) {
    const difference = (a.order[index] ?? 0) - (b.order[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
