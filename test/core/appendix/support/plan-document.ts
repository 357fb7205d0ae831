/**
 * Plans built for the tests, as real WordprocessingML: a title block the metadata reader
 * understands, then the plan table, rendered by the writer from a spec (so a test can also edit
 * the plan by replacing its table with the spec of the edited rows).
 *
 * The school is a made-up name and the plan signs with a title only: no person is named.
 */
import { findCriterion, findStandard, getCatalog, type CatalogId } from "../../../../src/core";
import type { CellSpec, RowSpec, TableSpec } from "../../../../src/core";
import { escapeXmlText, renderTable } from "../../../../src/ooxml";

export interface PlanRowInput {
  /** "2.3" */
  criterion: string;
  weakness: string;
  action: string;
  owner: string;
  deadline: string;
  /** TT57 only. */
  target?: string;
  indicator?: string;
}

export type PlanForm = "2018" | "tt57";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r></w:p>`;
}

function cell(text: string, options: Omit<CellSpec, "paragraphs"> = {}): CellSpec {
  return { paragraphs: text.split("\n").map((line) => [{ text: line }]), ...options };
}

export function catalogOf(form: PlanForm): CatalogId {
  return form === "tt57" ? "tt57-mn" : "tt19-mn";
}

function criterionLabel(form: PlanForm, code: string): string {
  const criterion = findCriterion(getCatalog(catalogOf(form)), code);
  if (!criterion) throw new Error(`no criterion ${code}`);
  return `Tiêu chí ${criterion.code}: ${criterion.title}`;
}

function standardLabel(form: PlanForm, code: string): string {
  const standard = findStandard(getCatalog(catalogOf(form)), code);
  if (!standard) throw new Error(`no standard ${code}`);
  return `Tiêu chuẩn ${standard.code}: ${standard.title}`;
}

const HEADERS: Readonly<Record<PlanForm, string[]>> = {
  "2018": [
    "TT",
    "Tiêu chuẩn, tiêu chí",
    "Nội dung cần cải tiến",
    "Biện pháp thực hiện",
    "Người thực hiện",
    "Thời gian thực hiện",
    "Ghi chú",
  ],
  tt57: [
    "TT",
    "Nội dung cần cải tiến",
    "Mục tiêu",
    "Giải pháp",
    "Chỉ số kết quả",
    "Thời gian",
    "Phụ trách",
    "Nguồn lực",
    "Minh chứng dự kiến",
    "Mức độ",
  ],
};

function actionCells(form: PlanForm, number: string, row: PlanRowInput): CellSpec[] {
  const label = criterionLabel(form, row.criterion);
  if (form === "2018") {
    return [number, label, row.weakness, row.action, row.owner, row.deadline, ""].map((text) =>
      cell(text)
    );
  }
  return [
    number,
    `${label}\n${row.weakness}`,
    row.target ?? "",
    row.action,
    row.indicator ?? "",
    row.deadline,
    row.owner,
    "",
    "",
    "Mức 1",
  ].map((text) => cell(text));
}

/** The plan table: a levels row (2018), a group row whenever the standard changes, the rows. */
export function planTableSpec(form: PlanForm, rows: readonly PlanRowInput[]): TableSpec {
  const headers = HEADERS[form];
  const width = headers.length;
  const body: RowSpec[] = [];
  if (form === "2018") body.push({ kind: "group", cells: [cell("MỨC 1, 2, 3", { span: width })] });
  let standard: string | undefined;
  rows.forEach((row, index) => {
    const code = row.criterion.split(".")[0] ?? "";
    if (code !== standard) {
      standard = code;
      body.push({ kind: "group", cells: [cell(standardLabel(form, code), { span: width })] });
    }
    body.push({ kind: "data", cells: actionCells(form, String(index + 1), row) });
  });
  return {
    kind: "table",
    columnWeights: headers.map((header) => (header.length > 12 ? 3 : 1)),
    headerRows: [{ kind: "header", cells: headers.map((header) => cell(header)) }],
    bodyRows: body,
  };
}

/** A whole plan document: title block, plan table, signature title. */
export function planDocumentXml(form: PlanForm, rows: readonly PlanRowInput[]): string {
  const circular =
    form === "tt57"
      ? "Căn cứ Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo."
      : "Căn cứ Thông tư số 19/2018/TT-BGDĐT của Bộ Giáo dục và Đào tạo.";
  const body =
    paragraph("TRƯỜNG MẦM NON HOA SEN") +
    paragraph("Số: 12/KH-MNHS") +
    paragraph("Hoa Sen, ngày 05 tháng 9 năm 2025") +
    paragraph("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC") +
    paragraph("Năm học 2025 - 2026") +
    paragraph(circular) +
    paragraph("III. NỘI DUNG KẾ HOẠCH") +
    renderTable(planTableSpec(form, rows), { textWidthTwips: 9000 }) +
    paragraph("IV. TỔ CHỨC THỰC HIỆN") +
    paragraph("HIỆU TRƯỞNG");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W}"><w:body>${body}` +
    `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>` +
    `</w:body></w:document>`
  );
}
