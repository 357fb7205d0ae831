/** Row specs for new rows in an existing table, laid out like the table's own rows. */
import { continuedCell, emptyCell, textCell } from "./cells";
import { criterionRowKey, standardRowKey } from "./keys";
import type { TableLayout } from "./table-layout";
import type { TableStyle } from "./table-style";
import { placementStandardOf, standardGroupRows, type TableView } from "./table-view";
import { continuedGridColumns, mergedGridColumns } from "./vertical-merges";
import type { Criterion, Standard } from "../catalog/types";
import type { CellSpec, RowSpec } from "../edits/spec";
import { tableGridWidth } from "../model/document";

export interface TableContext {
  view: TableView;
  layout: TableLayout;
  style: TableStyle;
}

/** The criterion's standard owns the row above, and that row's standard cell is merged down. */
function joinsStandardMerge(context: TableContext, afterRowIndex: number, standard: string) {
  const { view, layout } = context;
  const standardCell = layout.cells.find((cell) => cell.role === "standard");
  if (!standardCell || !mergedGridColumns(view, afterRowIndex).has(standardCell.gridColumn)) {
    return false;
  }
  const above = view.rows.find(
    (row) => row.rowIndex <= afterRowIndex && row.rowIndices.includes(afterRowIndex)
  );
  return above?.kind === "action" && placementStandardOf(above) === standard;
}

/** Whether the new row's TT cell can hold a number (it does not continue a merge from above). */
export function criterionRowCanBeNumbered(context: TableContext, afterRowIndex: number): boolean {
  const numberCell = context.layout.numberCell;
  if (!numberCell) return false;
  return !continuedGridColumns(context.view, afterRowIndex).has(numberCell.gridColumn);
}

export function criterionRowSpec(
  context: TableContext,
  standard: Standard,
  criterion: Criterion,
  afterRowIndex: number,
  numberText: string | undefined
): RowSpec {
  const { layout, style } = context;
  const continued = continuedGridColumns(context.view, afterRowIndex);
  const inStandardMerge = joinsStandardMerge(context, afterRowIndex, criterion.standardCode);
  const cells = layout.cells.map((cell, index): CellSpec => {
    const span = cell.gridSpan;
    // The criterion is shown even where the row below continued a merge: it is what we add.
    if (index === layout.criterionIndex) return textCell(style.criterionText(criterion), { span });
    if (continued.has(cell.gridColumn)) return continuedCell(span);
    if (cell.role === "number") return textCell(numberText ?? "", { span });
    if (cell.role === "standard") {
      if (inStandardMerge) return continuedCell(span);
      return textCell(style.standardText(standard), { span });
    }
    return emptyCell(span);
  });
  return { kind: "data", key: criterionRowKey(criterion.code), cells };
}

/** Empty cells standing in for a row's `w:gridBefore` / `w:gridAfter`, so every row is whole. */
function filler(span: number): CellSpec[] {
  return span > 0 ? [emptyCell(span)] : [];
}

export function standardGroupRowSpec(
  context: TableContext,
  standard: Standard,
  numberText: string | undefined
): RowSpec {
  const { view, layout, style } = context;
  const title = style.standardText(standard);
  const bold = style.groupRowsBold;
  const numberCell = layout.numberCell;
  const model = standardGroupRows(view)[0];
  const modelRow = model && view.block.rows[model.rowIndex];
  let cells: CellSpec[];
  if (model && modelRow) {
    // Laid out like the table's own group rows.
    cells = [
      ...filler(modelRow.gridBefore),
      ...modelRow.cells.map((cell) => {
        const span = cell.gridSpan;
        if (cell.physicalIndex === model.cell.location.cellIndex) {
          return textCell(title, { span, bold });
        }
        const coversNumber =
          numberCell !== undefined &&
          cell.gridColumn <= numberCell.gridColumn &&
          numberCell.gridColumn < cell.gridColumn + span;
        return coversNumber ? textCell(numberText ?? "", { span, bold }) : emptyCell(span);
      }),
      ...filler(modelRow.gridAfter),
    ];
  } else {
    const width = Math.max(tableGridWidth(view.block), 1);
    cells =
      numberCell && numberCell.gridColumn === 0 && numberCell.gridSpan < width
        ? [
            textCell(numberText ?? "", { span: numberCell.gridSpan, bold }),
            textCell(title, { span: width - numberCell.gridSpan, bold }),
          ]
        : [textCell(title, { span: width, bold })];
  }
  return { kind: "group", key: standardRowKey(standard.code), cells };
}
