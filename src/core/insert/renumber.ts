/**
 * TT numbers for the new rows, and the existing TT cells that change because of them.
 *
 * A table numbers its criterion rows when its TT column holds numbers in action rows (or it has
 * no action rows yet), and its standard group rows when they carry numbers ("1 · Tiêu chuẩn 2").
 * Criterion rows count across the table, or restart under each standard when every section
 * after the first starts again at 1. Existing numbers are shifted by the rows added before them,
 * never recounted: rows before the first insertion keep their text, and a school's own slips
 * (1, 2, 4) stay as they are, one higher. Each table numbers on its own.
 */
import type { DocumentEdit } from "../edits/edit";
import type { DocumentModel } from "../model/document";
import type { ActionRow, PlanRow, StandardGroupRow } from "../model/plan";
import { numberCellOf, type NumberCell } from "./number-cells";
import { newNumberText, renumberText, type NumberText } from "./numbering";
import type { PlacedRow } from "./placement";
import { sectionsOf, standardGroupRows, type TableView } from "./table-view";
import type { LayoutCell } from "./table-layout";

export interface Numbering {
  /** TT text of each new row that gets one. */
  numbers: Map<PlacedRow, string>;
  /** `setCellText` edits for existing TT cells whose number moves. */
  edits: DocumentEdit[];
}

interface Counter {
  numbered: boolean;
  style?: NumberText;
  last: number;
  shift: number;
}

function counter(cells: readonly (NumberCell | undefined)[], numberedWhenNone: boolean): Counter {
  const style = cells.find((cell) => cell?.number)?.number;
  return {
    numbered: style !== undefined || (numberedWhenNone && cells.length === 0),
    ...(style ? { style } : {}),
    last: 0,
    shift: 0,
  };
}

/** Every section after the first restarts at 1 (and there are at least two numbered sections). */
function restartsPerSection(view: TableView, numberOf: (row: PlanRow) => NumberText | undefined) {
  const firsts = sectionsOf(view)
    .map((section) => section.rows.map(numberOf).find((number) => number !== undefined))
    .filter((number): number is NumberText => number !== undefined);
  return firsts.length >= 2 && firsts.every((number) => number.value === 1);
}

export function numberNewRows(
  document: DocumentModel,
  view: TableView,
  placed: readonly PlacedRow[],
  numberColumn: LayoutCell | undefined,
  canNumber: (row: PlacedRow) => boolean
): Numbering {
  const numbers = new Map<PlacedRow, string>();
  const edits: DocumentEdit[] = [];
  if (!numberColumn) return { numbers, edits };

  const cells = new Map<PlanRow, NumberCell | undefined>();
  for (const row of view.rows) {
    if (row.kind === "action" || row.kind === "standardGroup") {
      cells.set(row, numberCellOf(document, view, row, numberColumn));
    }
  }
  const actionRows = view.rows.filter((row): row is ActionRow => row.kind === "action");
  const groupRows: StandardGroupRow[] = standardGroupRows(view);
  const criteria = counter(
    actionRows.map((row) => cells.get(row)),
    true
  );
  const groups = counter(
    groupRows.map((row) => cells.get(row)),
    criteria.numbered
  );
  const perSection = restartsPerSection(view, (row) => cells.get(row)?.number);

  const shiftExisting = (row: PlanRow, count: Counter) => {
    const cell = cells.get(row);
    if (!cell?.number) return;
    const value = cell.number.value + count.shift;
    if (value !== cell.number.value) {
      edits.push({
        kind: "setCellText",
        cell: cell.location,
        expectedText: cell.text,
        text: renumberText(cell.number, value),
      });
    }
    count.last = value;
  };
  const numberNew = (row: PlacedRow, count: Counter) => {
    if (!count.numbered || !canNumber(row)) return;
    count.last++;
    count.shift++;
    numbers.set(row, newNumberText(count.last, count.style));
  };
  const startSection = () => {
    if (perSection) {
      criteria.last = 0;
      criteria.shift = 0;
    }
  };

  let next = 0;
  const visitPlacedBefore = (rowIndex: number) => {
    for (; next < placed.length; next++) {
      const row = placed[next];
      if (!row || row.afterRowIndex >= rowIndex) break;
      if (row.row.kind === "standardGroup") {
        startSection();
        numberNew(row, groups);
      } else {
        numberNew(row, criteria);
      }
    }
  };
  for (const row of view.rows) {
    visitPlacedBefore(row.rowIndex);
    if (row.kind === "standardGroup") {
      startSection();
      shiftExisting(row, groups);
    } else if (row.kind === "action") {
      shiftExisting(row, criteria);
    }
  }
  visitPlacedBefore(Number.POSITIVE_INFINITY);
  return { numbers, edits };
}
