/**
 * Whether an existing table already says what a spec would write: same rows, same cells, same
 * texts, same merges. Then a refresh has nothing to do and leaves the document alone (widths,
 * borders and fonts are not compared: they are not content).
 */
import type { CellSpec, TableSpec } from "../edits/spec";
import type { TableBlock, TableCell } from "../model/document";

function specText(cell: CellSpec): string {
  return cell.paragraphs.map((runs) => runs.map((run) => run.text).join("")).join("\n");
}

function sameCell(cell: TableCell, spec: CellSpec): boolean {
  return (
    cell.text === specText(spec) &&
    cell.gridSpan === (spec.span ?? 1) &&
    cell.verticalMerge === (spec.verticalMerge ?? "none")
  );
}

export function tableSaysTheSame(table: TableBlock, spec: TableSpec): boolean {
  const rows = [...spec.headerRows, ...spec.bodyRows];
  if (rows.length !== table.rows.length) return false;
  return rows.every((row, index) => {
    const cells = table.rows[index]?.cells ?? [];
    return (
      cells.length === row.cells.length &&
      row.cells.every((cell, cellIndex) => {
        const existing = cells[cellIndex];
        return existing !== undefined && sameCell(existing, cell);
      })
    );
  });
}
