/**
 * Which column of an existing appendix is which, from its header: the report's and the monitoring
 * table's columns by their usual words (as the fixture's hand-made appendix and ours write them),
 * anything else a column staff added. The most specific header cell (a sub-header) decides first.
 */
import { tableGridWidth, type TableBlock, type TableCell } from "../model/document";
import { foldForSearch, normalizeText } from "../text";
import type { AppendixColumnId, AppendixLayoutId } from "./types";

export interface ExistingColumn {
  gridStart: number;
  gridEnd: number;
  /** The layout column it is; undefined for a column staff added. */
  id?: AppendixColumnId;
  /** Its header cells' texts, top to bottom, joined with "\n". */
  header: string;
}

// In order: "đang triển khai … đã triển khai" is the ongoing column, "đã được điều chỉnh" is not the
// planned content although it starts with "ND kế hoạch".
const COLUMN_WORDS: readonly (readonly [AppendixColumnId, RegExp])[] = [
  ["number", /^(?:s\s*)?tt\.?$|^t$|^so\s*tt$/],
  ["adjusted", /dieu\s*chinh/],
  ["ongoing", /dang\s*trien\s*khai|cham\s*so\s*voi|cham\s*tien\s*do/],
  ["done", /da\s*trien\s*khai|hoan\s*thanh/],
  ["termOne", /hoc\s*ky\s*(?:i|1)\b|\bhk\s*(?:i|1)\b/],
  ["yearEnd", /cuoi\s*nam/],
  ["planned", /dau\s*nam|xay\s*dung|\bxd\b|noi\s*dung|\bnd\b/],
  ["target", /muc\s*tieu/],
  ["indicator", /chi\s*so/],
  ["criterion", /tieu\s*chi|tieu\s*chu\s*an/],
  ["note", /ghi\s*chu/],
];

// "(1)", "2", "3." — the row some tables put under the header to number the columns.
const COLUMN_NUMBER = /^\(?\s*\d{1,2}\s*[.)]?$/;

function folded(text: string): string {
  return foldForSearch(normalizeText(text)).text;
}

function identifyColumn(text: string): AppendixColumnId | undefined {
  const key = folded(text);
  return COLUMN_WORDS.find(([, words]) => words.test(key))?.[0];
}

interface HeaderCell {
  cell: TableCell;
  text: string;
}

/** For each grid column, the header cells above it that name something, top to bottom. */
function headerCellsByGridColumn(
  table: TableBlock,
  headerRowIndices: ReadonlySet<number>
): HeaderCell[][] {
  const width = tableGridWidth(table);
  const byColumn: HeaderCell[][] = Array.from({ length: width }, () => []);
  for (const row of table.rows) {
    if (!headerRowIndices.has(row.rowIndex)) continue;
    for (const cell of row.cells) {
      const text = normalizeText(cell.text);
      // A title row across the whole table names no column.
      const acrossAll = cell.gridSpan >= width && width > 1;
      if (cell.verticalMerge === "continue" || text === "" || acrossAll) continue;
      if (COLUMN_NUMBER.test(text)) continue;
      for (let column = cell.gridColumn; column < cell.gridColumn + cell.gridSpan; column++) {
        byColumn[column]?.push({ cell, text });
      }
    }
  }
  return byColumn;
}

function sameCells(a: readonly HeaderCell[], b: readonly HeaderCell[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.cell === b[index]?.cell);
}

/** The table's columns: neighbouring grid columns under the same header cells form one. */
export function readExistingColumns(
  table: TableBlock,
  headerRowIndices: ReadonlySet<number>
): ExistingColumn[] {
  const byColumn = headerCellsByGridColumn(table, headerRowIndices);
  const columns: (ExistingColumn & { cells: HeaderCell[] })[] = [];
  byColumn.forEach((cells, gridColumn) => {
    const last = columns[columns.length - 1];
    if (last && cells.length > 0 && sameCells(last.cells, cells)) {
      last.gridEnd = gridColumn + 1;
      return;
    }
    columns.push({ gridStart: gridColumn, gridEnd: gridColumn + 1, cells, header: "" });
  });
  const used = new Set<AppendixColumnId>();
  return columns.map(({ gridStart, gridEnd, cells }) => {
    const texts = cells.map((entry) => entry.text);
    const id = [...texts]
      .reverse()
      .map(identifyColumn)
      .find((candidate) => candidate !== undefined && !used.has(candidate));
    if (id !== undefined) used.add(id);
    return { gridStart, gridEnd, header: texts.join("\n"), ...(id !== undefined ? { id } : {}) };
  });
}

export function layoutOfColumns(columns: readonly ExistingColumn[]): AppendixLayoutId {
  return columns.some((column) => column.id === "termOne" || column.id === "yearEnd")
    ? "monitoring"
    : "report";
}

/** Enough to tell rows apart and match them to the plan: a plan content or a criterion column. */
export function canMatchRows(columns: readonly ExistingColumn[]): boolean {
  return columns.some((column) => column.id === "planned" || column.id === "criterion");
}
