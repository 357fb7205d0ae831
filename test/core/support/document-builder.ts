/**
 * Hand-built document models for tests: paragraphs and tables with spans, vertical merges,
 * gridBefore/gridAfter and nested tables, indexed the way the OOXML reader indexes them
 * (blockIndex, tableIndex, rowIndex, gridColumn, physicalIndex).
 *
 *   doc(
 *     p("KẾ HOẠCH", { bold: true }),
 *     table([
 *       ["TT", "Tiêu chí", "Giải pháp", "Người thực hiện", "Thời gian"],
 *       [span("MỨC 1, 2, 3", 5)],
 *       ["1", "Tiêu chí 2.3", "…", "HT", "9/2022"],
 *     ])
 *   )
 */
import type {
  Block,
  DocumentModel,
  ParagraphInfo,
  TableBlock,
  TableCell,
  TableRow,
  VerticalMerge,
} from "../../../src/core/model/document";

export interface ParagraphInput {
  kind: "paragraph";
  text: string;
  bold?: boolean;
  headingLevel?: number;
  alignment?: ParagraphInfo["alignment"];
}

export interface CellInput {
  text: string;
  span?: number;
  vMerge?: VerticalMerge;
  bold?: boolean;
  nested?: TableInput[];
}

export interface RowInput {
  cells: (string | CellInput)[];
  gridBefore?: number;
  gridAfter?: number;
  repeatsAsHeader?: boolean;
}

export interface TableInput {
  kind: "table";
  rows: (RowInput | (string | CellInput)[])[];
  contentControlTag?: string;
  /** Grid width; by default the widest row's. */
  grid?: number;
}

export type BlockInput = ParagraphInput | TableInput | string;

export function p(
  text: string,
  options: Omit<ParagraphInput, "kind" | "text"> = {}
): ParagraphInput {
  return { kind: "paragraph", text, ...options };
}

export function table(
  rows: TableInput["rows"],
  options: Omit<TableInput, "kind" | "rows"> = {}
): TableInput {
  return { kind: "table", rows, ...options };
}

/** A cell spanning `columns` grid columns. */
export function span(
  text: string,
  columns: number,
  options: Omit<CellInput, "text" | "span"> = {}
): CellInput {
  return { text, span: columns, ...options };
}

/** The first cell of a vertical merge. */
export function restart(text: string, options: Omit<CellInput, "text" | "vMerge"> = {}): CellInput {
  return { text, vMerge: "restart", ...options };
}

/** A cell continuing the vertical merge above it (Word keeps it empty). */
export function continued(options: Omit<CellInput, "text" | "vMerge"> = {}): CellInput {
  return { text: "", vMerge: "continue", ...options };
}

export function row(
  cells: (string | CellInput)[],
  options: Omit<RowInput, "cells"> = {}
): RowInput {
  return { cells, ...options };
}

function paragraphInfo(text: string, bold = false): ParagraphInfo {
  return { text, bold };
}

function buildCell(
  input: string | CellInput,
  gridColumn: number,
  physicalIndex: number
): TableCell {
  const cell = typeof input === "string" ? { text: input } : input;
  return {
    text: cell.text,
    paragraphs: cell.text.split("\n").map((line) => paragraphInfo(line, cell.bold ?? false)),
    gridColumn,
    gridSpan: cell.span ?? 1,
    verticalMerge: cell.vMerge ?? "none",
    physicalIndex,
    nestedTables: (cell.nested ?? []).map((nested) => buildTable(nested, -1, -1)),
  };
}

function buildRow(input: RowInput | (string | CellInput)[], rowIndex: number): TableRow {
  const spec = Array.isArray(input) ? { cells: input } : input;
  const gridBefore = spec.gridBefore ?? 0;
  let column = gridBefore;
  const cells = spec.cells.map((cellInput, index) => {
    const cell = buildCell(cellInput, column, index);
    column += cell.gridSpan;
    return cell;
  });
  return {
    rowIndex,
    cells,
    repeatsAsHeader: spec.repeatsAsHeader ?? false,
    gridBefore,
    gridAfter: spec.gridAfter ?? 0,
  };
}

function buildTable(input: TableInput, blockIndex: number, tableIndex: number): TableBlock {
  const rows = input.rows.map((rowInput, index) => buildRow(rowInput, index));
  let width = input.grid ?? 0;
  for (const built of rows) {
    const last = built.cells[built.cells.length - 1];
    width = Math.max(
      width,
      (last ? last.gridColumn + last.gridSpan : built.gridBefore) + built.gridAfter
    );
  }
  return {
    kind: "table",
    blockIndex,
    tableIndex,
    gridColumnWidths: Array.from({ length: width }, () => 1000),
    rows,
    ...(input.contentControlTag ? { contentControlTag: input.contentControlTag } : {}),
  };
}

export function doc(...inputs: BlockInput[]): DocumentModel {
  let tableIndex = 0;
  const blocks: Block[] = inputs.map((input, blockIndex): Block => {
    const spec = typeof input === "string" ? p(input) : input;
    if (spec.kind === "table") return buildTable(spec, blockIndex, tableIndex++);
    return {
      kind: "paragraph",
      blockIndex,
      text: spec.text,
      bold: spec.bold ?? false,
      ...(spec.headingLevel !== undefined ? { headingLevel: spec.headingLevel } : {}),
      ...(spec.alignment ? { alignment: spec.alignment } : {}),
    };
  });
  return { blocks };
}
