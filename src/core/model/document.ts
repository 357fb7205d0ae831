/**
 * The neutral document model every host produces: the body as ordered blocks.
 *
 * It carries exactly what recognition needs and what hosts need to point back into the
 * document (indices), nothing about how the host stores it. Indices are 0-based.
 */

export type Alignment = "left" | "center" | "right" | "justify";

/** A paragraph's text and the formatting hints recognition relies on. */
export interface ParagraphInfo {
  /** Visible text: `w:br`/`w:cr` become "\n", `w:tab` becomes "\t"; deleted revisions excluded. */
  text: string;
  /** True when every run that carries visible text is bold. */
  bold: boolean;
  /** 1–9 when the paragraph has a heading style or an outline level; otherwise undefined. */
  headingLevel?: number;
  alignment?: Alignment;
  /** The paragraph style id as written (e.g. "Heading1", "TextBody"); informative only. */
  styleId?: string;
}

export interface ParagraphBlock extends ParagraphInfo {
  kind: "paragraph";
  /** Index of this block in `DocumentModel.blocks`. */
  blockIndex: number;
}

/** Vertical merge state of a cell, as `w:vMerge` states it. */
export type VerticalMerge = "none" | "restart" | "continue";

export interface TableCell {
  /** The cell's paragraphs' texts joined with "\n" (nested tables' text excluded). */
  text: string;
  paragraphs: ParagraphInfo[];
  /** First grid column this cell covers (after `w:gridBefore`). */
  gridColumn: number;
  /** Number of grid columns covered (`w:gridSpan`, or merged `w:hMerge` cells); at least 1. */
  gridSpan: number;
  verticalMerge: VerticalMerge;
  /** Index of the cell among the row's physical cells (`w:tc` elements), as Word's API counts them. */
  physicalIndex: number;
  /** Tables nested in this cell: kept for completeness, never treated as plans. */
  nestedTables: TableBlock[];
}

export interface TableRow {
  /** Index of the row in its table, counting every `w:tr`. */
  rowIndex: number;
  cells: TableCell[];
  /** The row repeats as a header on each page (`w:tblHeader`). */
  repeatsAsHeader: boolean;
  gridBefore: number;
  gridAfter: number;
}

export interface TableBlock {
  kind: "table";
  /** Index of this block in `DocumentModel.blocks`; -1 for a nested table. */
  blockIndex: number;
  /** Index among the body's top-level tables; -1 for a nested table. */
  tableIndex: number;
  /** Grid column widths in twentieths of a point (`w:tblGrid`), possibly empty. */
  gridColumnWidths: number[];
  rows: TableRow[];
  /** Tag of the content control that wraps the table, if any (our own appendix marker). */
  contentControlTag?: string;
}

export type Block = ParagraphBlock | TableBlock;

export interface DocumentModel {
  blocks: Block[];
  /** The table cell holding the cursor when the host read the document (hosts with a cursor only). */
  cursor?: CellLocation;
}

/** Where a cell is, in the terms both hosts can act on. */
export interface CellLocation {
  tableIndex: number;
  rowIndex: number;
  /** Index among the row's physical cells. */
  cellIndex: number;
}

export function isTable(block: Block): block is TableBlock {
  return block.kind === "table";
}

export function isParagraph(block: Block): block is ParagraphBlock {
  return block.kind === "paragraph";
}

/** Number of grid columns the table spans, from its grid or, when absent, from its widest row. */
export function tableGridWidth(table: TableBlock): number {
  let widest = table.gridColumnWidths.length;
  for (const row of table.rows) {
    const last = row.cells[row.cells.length - 1];
    const end = (last ? last.gridColumn + last.gridSpan : row.gridBefore) + row.gridAfter;
    if (end > widest) widest = end;
  }
  return widest;
}
