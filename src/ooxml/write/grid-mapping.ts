import type { CellSpec, RowSpec } from "../../core/edits/spec";
import { OoxmlWriteError } from "./errors";
import { cellTemplateAt, type CellTemplate, type RowTemplate } from "./row-template";
import { checkedSpan } from "./spec-checks";

/** A new cell placed on the table's grid, with the template cell it copies. */
export interface PlacedCell {
  readonly spec: CellSpec;
  readonly gridColumn: number;
  readonly gridSpan: number;
  readonly template: CellTemplate | undefined;
}

/**
 * Places a spec row's cells on an existing table's grid, between the template row's
 * `w:gridBefore` and `w:gridAfter`:
 * - a single cell spans the whole row (a group row);
 * - spans that add up to exactly that width are taken as they are;
 * - otherwise, as many cells as the template row has take the template's columns, one cell per
 *   template cell (the spec counted the table's visible columns, the grid has more);
 * - anything else does not fit, and is refused rather than guessed.
 */
export function placeOnGrid(spec: RowSpec, template: RowTemplate, gridWidth: number): PlacedCell[] {
  const first = template.row.gridBefore;
  const width = Math.max(1, gridWidth - template.row.gridAfter - first);
  const spans = spec.cells.map((cell) => checkedSpan(cell.span));
  const total = spans.reduce((sum, span) => sum + span, 0);
  if (spec.cells.length === 0) throw new OoxmlWriteError("invalid-spec", "a row needs cells");

  if (spec.cells.length === 1 || total === width) {
    let column = first;
    return spec.cells.map((cell, index) => {
      const gridSpan = spec.cells.length === 1 ? width : spans[index]!;
      const placed = {
        spec: cell,
        gridColumn: column,
        gridSpan,
        template: cellTemplateAt(template, column),
      };
      column += gridSpan;
      return placed;
    });
  }
  if (spec.cells.length === template.cells.length) {
    return spec.cells.map((cell, index) => {
      const model = template.cells[index]!;
      return {
        spec: cell,
        gridColumn: model.cell.gridColumn,
        gridSpan: model.cell.gridSpan,
        template: model,
      };
    });
  }
  throw new OoxmlWriteError(
    "invalid-spec",
    `a ${spec.kind} row of ${spec.cells.length} cells spanning ${total} columns does not fit a table row of ${width} columns and ${template.cells.length} cells`
  );
}
