import type { TableBlock, TableRow } from "../../core/model/document";
import { childElements, type XmlElement } from "../xml";
import type { ReadContext } from "./context";
import { readRow } from "./row";
import type { RowSource, TableSource } from "./source-map";
import { parseTwips } from "./values";
import { isWord, wordAttribute, wordChild } from "./word-names";
import { forEachWrapped } from "./wrapped-elements";

export interface TablePosition {
  /** -1 for a nested table. */
  readonly blockIndex: number;
  /** -1 for a nested table. */
  readonly tableIndex: number;
}

export interface TableReading {
  readonly table: TableBlock;
  readonly source: TableSource;
}

/** Reads a `w:tbl`; `rowIndex` counts every `w:tr`, including rows inside row-level wrappers. */
export function readTable(
  table: XmlElement,
  context: ReadContext,
  position: TablePosition
): TableReading {
  const readNestedTable = (nested: XmlElement) =>
    readTable(nested, context, { blockIndex: -1, tableIndex: -1 }).table;

  const rows: TableRow[] = [];
  const rowSources: RowSource[] = [];
  forEachWrapped(table, "tr", (row) => {
    const reading = readRow(row, rows.length, context, readNestedTable);
    rows.push(reading.row);
    rowSources.push(reading.source);
  });

  return {
    table: { kind: "table", ...position, gridColumnWidths: gridColumnWidths(table), rows },
    source: { start: table.start, end: table.end, ...position, rows: rowSources },
  };
}

/** `w:tblGrid/w:gridCol/@w:w` in twips; an unreadable width counts as 0 so columns stay aligned. */
function gridColumnWidths(table: XmlElement): number[] {
  const grid = wordChild(table, "tblGrid");
  if (!grid) return [];
  const widths: number[] = [];
  for (const column of childElements(grid)) {
    if (isWord(column, "gridCol")) widths.push(parseTwips(wordAttribute(column, "w")) ?? 0);
  }
  return widths;
}
