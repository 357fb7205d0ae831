import type { CellSpec, RowSpec, TableSpec } from "../../core/edits/spec";
import { columnWidths } from "./column-widths";
import { OoxmlWriteError } from "./errors";
import { GROUP_ROW_FILL, TABLE_BORDER, TABLE_SIZE_PT } from "./house-style";
import { paragraphXml } from "./paragraph-xml";
import { checkedSize, checkedSpan } from "./spec-checks";

export interface TableLayout {
  /** Width of the page's text area, which the table fills exactly. */
  readonly textWidthTwips: number;
}

const BORDER_SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"] as const;

/**
 * A `w:tbl` from the spec (without its marker's content control): fixed layout at the text
 * width, a grid from the column weights, single borders on every cell, header rows repeated on
 * each page, group rows bold on a light fill.
 */
export function renderTable(spec: TableSpec, layout: TableLayout): string {
  const grid = columnWidths(spec.columnWeights, layout.textWidthTwips);
  const sizePt = checkedSize(spec.sizePt, TABLE_SIZE_PT);
  const properties =
    "<w:tblPr>" +
    `<w:tblW w:w="${layout.textWidthTwips}" w:type="dxa"/>` +
    "<w:tblBorders>" +
    BORDER_SIDES.map((side) => `<w:${side} ${TABLE_BORDER}/>`).join("") +
    "</w:tblBorders>" +
    `<w:tblLayout w:type="fixed"/>` +
    "</w:tblPr>";
  const gridXml = `<w:tblGrid>${grid.map((width) => `<w:gridCol w:w="${width}"/>`).join("")}</w:tblGrid>`;
  const rows = [...spec.headerRows, ...spec.bodyRows]
    .map((row) => rowXml(row, grid, sizePt))
    .join("");
  return `<w:tbl>${properties}${gridXml}${rows}</w:tbl>`;
}

function rowXml(row: RowSpec, grid: readonly number[], sizePt: number): string {
  let gridColumn = 0;
  const cells = row.cells.map((cell) => {
    const span = checkedSpan(cell.span);
    const width = grid.slice(gridColumn, gridColumn + span).reduce((sum, w) => sum + w, 0);
    gridColumn += span;
    return cellXml(cell, row, span, width, sizePt);
  });
  if (gridColumn > grid.length) {
    throw new OoxmlWriteError(
      "invalid-spec",
      `a ${row.kind} row spans ${gridColumn} columns in a table of ${grid.length}`
    );
  }
  const missingColumns = grid.length - gridColumn;
  const properties =
    (missingColumns > 0 ? `<w:gridAfter w:val="${missingColumns}"/>` : "") +
    // Header and group rows are short: keeping each on one page keeps it readable.
    (row.kind === "data" ? "" : "<w:cantSplit/>") +
    (row.kind === "header" ? "<w:tblHeader/>" : "");
  return `<w:tr>${properties ? `<w:trPr>${properties}</w:trPr>` : ""}${cells.join("")}</w:tr>`;
}

function cellXml(
  cell: CellSpec,
  row: RowSpec,
  span: number,
  width: number,
  sizePt: number
): string {
  const isHeader = row.kind === "header";
  const shaded = cell.shaded ?? row.kind === "group";
  const verticalAlignment = cell.verticalAlignment ?? (isHeader ? "center" : undefined);
  const properties =
    "<w:tcPr>" +
    `<w:tcW w:w="${width}" w:type="dxa"/>` +
    (span > 1 ? `<w:gridSpan w:val="${span}"/>` : "") +
    (cell.verticalMerge ? `<w:vMerge w:val="${cell.verticalMerge}"/>` : "") +
    (shaded ? `<w:shd w:val="clear" w:color="auto" w:fill="${GROUP_ROW_FILL}"/>` : "") +
    (verticalAlignment ? `<w:vAlign w:val="${verticalAlignment}"/>` : "") +
    "</w:tcPr>";
  const format = { sizePt, bold: row.kind !== "data", italic: false };
  const layout = {
    alignment: cell.alignment ?? (isHeader ? ("center" as const) : undefined),
    spacingAfterTwips: 0,
  };
  // A cell must hold at least one paragraph, even a continued vertical merge.
  const paragraphs = cell.paragraphs.length === 0 ? [[]] : cell.paragraphs;
  const content = paragraphs.map((runs) => paragraphXml(runs, layout, format)).join("");
  return `<w:tc>${properties}${content}</w:tc>`;
}
