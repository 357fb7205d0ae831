/**
 * A progress-report appendix as staff make one by hand (the preschool fixture's layout): no
 * marker, sub-headers worded their own way, TT on group rows, and whatever else they add — an
 * extra column, a row carried on below, a remark across the table.
 */
import type { CellSpec, FragmentSpec, RowSpec } from "../../../../src/core";

export type HandMadeRow =
  | { kind: "group"; text: string; number?: string }
  | { kind: "data"; cells: string[] }
  | { kind: "free"; text: string };

function cell(text: string, options: Omit<CellSpec, "paragraphs"> = {}): CellSpec {
  return {
    paragraphs: text === "" ? [] : text.split("\n").map((line) => [{ text: line }]),
    ...options,
  };
}

const merged: CellSpec = { paragraphs: [], verticalMerge: "continue" };

const HEADING = ["PHỤ LỤC 1", "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2025-2026"];

/** Data rows give TT, criterion, planned, adjusted, done, ongoing, [extra], note. */
export function handMadeAppendix(
  rows: readonly HandMadeRow[],
  extraColumn?: string,
  heading: readonly string[] = HEADING
): FragmentSpec {
  const extra = extraColumn === undefined ? [] : [extraColumn];
  const width = 7 + extra.length;
  const header: RowSpec[] = [
    {
      kind: "header",
      cells: [
        cell("TT", { verticalMerge: "restart" }),
        cell("Tiêu chuẩn, tiêu chí", { verticalMerge: "restart" }),
        cell("ND Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026", { span: 2 }),
        cell("Kết quả thực hiện", { span: 2 }),
        ...extra.map((text) => cell(text, { verticalMerge: "restart" })),
        cell("Ghi chú", { verticalMerge: "restart" }),
      ],
    },
    {
      kind: "header",
      cells: [
        merged,
        merged,
        cell("ND Kế hoạch được XD đầu năm"),
        cell("ND Kế hoạch đã được điều chỉnh"),
        cell("Những công việc đã triển khai xong theo đúng KH"),
        cell("Những công việc đang triển khai theo KH, hoặc chậm so với KH"),
        ...extra.map(() => merged),
        merged,
      ],
    },
  ];
  const body: RowSpec[] = rows.map((row) => {
    if (row.kind === "data") return { kind: "data", cells: row.cells.map((text) => cell(text)) };
    if (row.kind === "free") return { kind: "data", cells: [cell(row.text, { span: width })] };
    return row.number === undefined
      ? { kind: "group", cells: [cell(row.text, { span: width })] }
      : { kind: "group", cells: [cell(row.number), cell(row.text, { span: width - 1 })] };
  });
  return {
    blocks: [
      ...heading.map((text) => ({
        kind: "paragraph" as const,
        runs: [{ text, bold: true }],
        alignment: "center" as const,
      })),
      {
        kind: "table",
        columnWeights: Array.from({ length: width }, () => 1),
        headerRows: header,
        bodyRows: body,
      },
    ],
  };
}
