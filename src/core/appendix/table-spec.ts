/**
 * The appendix table as a spec: a two-row header (columns under a shared heading — "ND Kế hoạch
 * …", "Kết quả thực hiện" — span it in the first row; the others are merged down both rows), group
 * rows across the table, one row per plan row.
 */
import type { CellSpec, RowSpec, TableSpec } from "../edits/spec";
import type { OutputRow } from "./assemble-rows";
import { cellSpecOf, contentFromLines } from "./cell-content";
import type { TableColumn } from "./table-columns";

function headerCell(text: string, options: Omit<CellSpec, "paragraphs"> = {}): CellSpec {
  return cellSpecOf(contentFromLines(text.split("\n")), {
    alignment: "center",
    verticalAlignment: "center",
    ...options,
  });
}

function headerRows(columns: readonly TableColumn[]): RowSpec[] {
  if (!columns.some((column) => column.group !== undefined)) {
    return [
      { kind: "header", key: "header", cells: columns.map((column) => headerCell(column.header)) },
    ];
  }
  const top: CellSpec[] = [];
  const bottom: CellSpec[] = [];
  columns.forEach((column, index) => {
    if (column.group === undefined) {
      top.push(headerCell(column.header, { verticalMerge: "restart" }));
      bottom.push({ paragraphs: [], verticalMerge: "continue" });
      return;
    }
    if (columns[index - 1]?.group !== column.group) {
      let span = 1;
      while (columns[index + span]?.group === column.group) span++;
      top.push(headerCell(column.group, span > 1 ? { span } : {}));
    }
    bottom.push(headerCell(column.header));
  });
  return [
    { kind: "header", key: "header", cells: top },
    { kind: "header", key: "sub-header", cells: bottom },
  ];
}

function bodyRow(row: OutputRow, columns: readonly TableColumn[]): RowSpec {
  const span = columns.length;
  if (row.kind === "group") {
    return {
      kind: "group",
      key: row.key,
      cells: [cellSpecOf(row.content, { span, shaded: true })],
    };
  }
  if (row.kind === "free") {
    return { kind: "data", key: row.key, cells: [cellSpecOf(row.content, { span })] };
  }
  return {
    kind: "data",
    key: row.key,
    cells: columns.map((column) =>
      cellSpecOf(
        row.cells.get(column.key) ?? [],
        column.alignment ? { alignment: column.alignment } : {}
      )
    ),
  };
}

export function appendixTableSpec(
  columns: readonly TableColumn[],
  rows: readonly OutputRow[],
  options: { marker: string; sizePt: number }
): TableSpec {
  return {
    kind: "table",
    columnWeights: columns.map((column) => column.weight),
    headerRows: headerRows(columns),
    bodyRows: rows.map((row) => bodyRow(row, columns)),
    marker: options.marker,
    sizePt: options.sizePt,
  };
}
