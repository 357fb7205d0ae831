/** Specs the core would send, built from the fixtures' public text. */
import type { FragmentSpec, RowSpec, TableSpec } from "../../../../src/core/edits/spec";

export function textRow(kind: RowSpec["kind"], texts: string[]): RowSpec {
  return { kind, cells: texts.map((text) => ({ paragraphs: [[{ text }]] })) };
}

export function groupRow(label: string, span: number): RowSpec {
  return {
    kind: "group",
    cells: [{ paragraphs: [[{ text: label, bold: true }]], span, shaded: true }],
  };
}

export function progressTable(marker?: string): TableSpec {
  return {
    kind: "table",
    columnWeights: [1, 4, 4, 3],
    headerRows: [textRow("header", ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả thực hiện", "Ghi chú"])],
    bodyRows: [
      groupRow("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và trẻ", 4),
      textRow("data", ["1", "Tiêu chí 2.3", "Đã có nhân viên y tế", ""]),
    ],
    ...(marker === undefined ? {} : { marker }),
  };
}

export function appendix(options: { landscape?: boolean; marker?: string } = {}): FragmentSpec {
  return {
    blocks: [
      { kind: "paragraph", runs: [{ text: "PHỤ LỤC", bold: true }], alignment: "center" },
      progressTable("kdcl-phu-luc-bang"),
      { kind: "paragraph", runs: [{ text: "HIỆU TRƯỞNG", bold: true }], alignment: "right" },
    ],
    ...options,
  };
}
