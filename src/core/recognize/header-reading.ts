/**
 * Finds a table's header rows and turns them into columns. The header may be one row or two (a
 * first-row cell spanning sub-headers, or cells merged down over two rows), may follow a title row,
 * and may be followed by a row numbering the columns ("(1) (2) (3)…"). Each candidate is scored
 * (see table-score.ts) and the best one kept.
 */
import type { PlanColumn } from "../model/plan";
import { normalizeText } from "../text";
import { foldedStart, hasContent } from "./cell-text";
import { matchHeader } from "./header-match";
import type { KnownRole } from "./header-vocabulary";
import type { PlacedCell, RowView } from "./table-view";

/** A column and how sure its header makes us of its role. */
export interface HeaderColumn extends PlanColumn {
  /** Named by a generic word only ("Thời gian"). */
  weak: boolean;
  /** Texts of every header cell above the column (parent and sub-header), for appendix markers. */
  headerCells: string[];
}

export interface HeaderCandidate {
  /** Positions (in `table.rows`) of every row above the body: title rows, header rows, column numbers. */
  rowPositions: number[];
  columns: HeaderColumn[];
}

/** A header starts at the latest after this many title rows. */
const MAX_TITLE_ROWS = 3;

function roleOf(text: string): { role: KnownRole; weak: boolean } | undefined {
  return matchHeader(text);
}

function columnOf(
  placed: PlacedCell,
  texts: string[],
  role?: { role: KnownRole; weak: boolean }
): HeaderColumn {
  const written = texts.filter(hasContent);
  return {
    role: role?.role ?? "unknown",
    weak: role?.weak ?? false,
    gridColumn: placed.gridColumn,
    gridSpan: placed.gridSpan,
    headerText: written.join("\n"),
    headerCells: written,
  };
}

function singleRowColumns(view: RowView): HeaderColumn[] {
  return view.cells
    .filter((placed) => placed.cell.verticalMerge !== "continue")
    .map((placed) => {
      const text = normalizeText(placed.text);
      return columnOf(placed, [text], roleOf(text));
    });
}

function within(inner: PlacedCell, outer: PlacedCell): boolean {
  return (
    inner.gridColumn >= outer.gridColumn &&
    inner.gridColumn + inner.gridSpan <= outer.gridColumn + outer.gridSpan
  );
}

/** Sub-headers refine the cell above them: the sub-header's own words first, then both together. */
function subColumn(parent: PlacedCell, parentText: string, sub: PlacedCell): HeaderColumn {
  const subText = normalizeText(sub.text);
  if (!hasContent(subText)) return columnOf(sub, [parentText], roleOf(parentText));
  const role = roleOf(subText) ?? roleOf(`${parentText} ${subText}`) ?? roleOf(parentText);
  return columnOf(sub, [parentText, subText], role);
}

function twoRowColumns(top: RowView, bottom: RowView): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  const used = new Set<PlacedCell>();
  for (const parent of top.cells) {
    if (parent.cell.verticalMerge === "continue") continue;
    const parentText = normalizeText(parent.text);
    const subs = bottom.cells.filter(
      (sub) => sub.cell.verticalMerge !== "continue" && within(sub, parent)
    );
    subs.forEach((sub) => used.add(sub));
    if (parent.cell.verticalMerge === "restart" || subs.length === 0) {
      columns.push(columnOf(parent, [parentText], roleOf(parentText)));
    } else {
      for (const sub of subs) columns.push(subColumn(parent, parentText, sub));
    }
  }
  for (const sub of bottom.cells) {
    if (used.has(sub) || sub.cell.verticalMerge === "continue") continue;
    const text = normalizeText(sub.text);
    columns.push(columnOf(sub, [text], roleOf(text)));
  }
  return columns.sort((a, b) => a.gridColumn - b.gridColumn);
}

/** Structural evidence that `bottom` is a second header row: merged-down cells, or sub-headers. */
function refinesAbove(top: RowView, bottom: RowView): boolean {
  const mergedDown =
    top.cells.some((cell) => cell.cell.verticalMerge === "restart") &&
    bottom.cells.some((sub) => sub.cell.verticalMerge === "continue");
  return (
    mergedDown ||
    top.cells.some(
      (parent) =>
        parent.gridSpan > 1 &&
        bottom.cells.filter((sub) => within(sub, parent) && sub.hasText).length >= 2
    )
  );
}

// "1", "(2)", "3." or "a", "(b)": the row some tables put under the header to number the columns.
const COLUMN_NUMBER = /^\(?\s*(?:\d{1,2}|[a-z])\s*[.)]?$/;

export function isColumnNumberRow(view: RowView | undefined, columnCount: number): boolean {
  if (!view) return false;
  const texts = view.cells.filter((placed) => placed.hasText).map((placed) => placed.text);
  if (texts.length < 2 || texts.length * 2 < columnCount) return false;
  return texts.every((text) => COLUMN_NUMBER.test(foldedStart(text, 12)));
}

function range(from: number, to: number): number[] {
  const positions: number[] = [];
  for (let position = from; position <= to; position++) positions.push(position);
  return positions;
}

/** Every plausible header reading of a table, earliest and shortest first. */
export function headerCandidates(views: readonly RowView[]): HeaderCandidate[] {
  const candidates: HeaderCandidate[] = [];
  const lastStart = Math.min(MAX_TITLE_ROWS, views.length - 1);
  for (let start = 0; start <= lastStart; start++) {
    const top = views[start];
    if (!top || !top.cells.some((placed) => placed.hasText)) continue;
    // When the next row refines this one, reading this row alone would leave the sub-headers as
    // a body row: the two-row reading is the only one.
    const bottom = views[start + 1];
    const twoRows = bottom !== undefined && refinesAbove(top, bottom);
    const end = twoRows ? start + 1 : start;
    const columns = twoRows ? twoRowColumns(top, bottom) : singleRowColumns(top);
    const last = isColumnNumberRow(views[end + 1], columns.length) ? end + 1 : end;
    candidates.push({ rowPositions: range(0, last), columns });
  }
  return candidates;
}
