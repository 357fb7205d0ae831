/**
 * The sample plan's main document part: WordprocessingML written by our own writer (paragraphs and
 * the plan table) plus the two borderless layout tables schools put around a plan (issuer and
 * motto at the top, recipients and signature at the bottom). The plan table sits in a landscape
 * section, as wide plans do; the rest is A4 portrait with Nghị định 30's margins.
 */
import type { CellSpec, ParagraphSpec, RowSpec, SpecRun, TableSpec } from "../../src/core";
import { DECREE_30_LANDSCAPE_TEXT_WIDTH, renderParagraph, renderTable } from "../../src/ooxml";
import { A4_PORTRAIT, DECREE_30_MARGINS } from "../../src/ooxml/write/page-layout";
import * as plan from "./plan-content";

const W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function paragraph(
  text: string,
  options: Omit<ParagraphSpec, "kind" | "runs"> & SpecRunStyle = {}
) {
  const { bold, italic, ...layout } = options;
  return renderParagraph({ kind: "paragraph", runs: [{ text, bold, italic }], ...layout });
}

type SpecRunStyle = Pick<SpecRun, "bold" | "italic">;

function centered(lines: readonly string[], style: (index: number) => SpecRunStyle): string {
  return lines
    .map((line, index) =>
      paragraph(line, { alignment: "center", spacingAfterPt: 0, ...style(index) })
    )
    .join("");
}

/** A two-column table with no borders: how schools lay out the issuer/motto and signature blocks. */
function layoutTable(widths: readonly [number, number], cells: readonly [string, string]): string {
  const none = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="nil"/>`)
    .join("");
  const cell = (width: number, content: string) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${content}</w:tc>`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${widths[0] + widths[1]}" w:type="dxa"/>` +
    `<w:tblBorders>${none}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${widths[0]}"/><w:gridCol w:w="${widths[1]}"/></w:tblGrid>` +
    `<w:tr>${cell(widths[0], cells[0])}${cell(widths[1], cells[1])}</w:tr></w:tbl>`
  );
}

function sectionXml(orientation: "portrait" | "landscape", nextPage: boolean): string {
  const { width, height } = A4_PORTRAIT;
  const { top, right, bottom, left } = DECREE_30_MARGINS;
  const size =
    orientation === "portrait"
      ? `<w:pgSz w:w="${width}" w:h="${height}"/>`
      : `<w:pgSz w:w="${height}" w:h="${width}" w:orient="landscape"/>`;
  return (
    "<w:sectPr>" +
    (nextPage ? `<w:type w:val="nextPage"/>` : "") +
    size +
    `<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="709" w:footer="709" w:gutter="0"/>` +
    "</w:sectPr>"
  );
}

/** An empty paragraph that ends a section (its properties describe the section before it). */
function sectionBreak(section: string): string {
  return `<w:p><w:pPr>${section}</w:pPr></w:p>`;
}

function textCell(text: string, options: Omit<CellSpec, "paragraphs"> = {}): CellSpec {
  return { paragraphs: text.split("\n").map((line) => [{ text: line }]), ...options };
}

const COLUMN_COUNT = plan.TABLE_HEADERS.length;

function groupRow(number: string, text: string): RowSpec {
  return {
    kind: "group",
    cells: [textCell(number, { alignment: "center" }), textCell(text, { span: COLUMN_COUNT - 1 })],
  };
}

/** The plan's rows: level groups, one group row per standard, action rows numbered throughout. */
function planTable(): TableSpec {
  const header: RowSpec = {
    kind: "header",
    cells: plan.TABLE_HEADERS.map((text) => textCell(text)),
  };
  const body: RowSpec[] = [
    { kind: "group", cells: [textCell(plan.LEVEL_GROUP, { span: COLUMN_COUNT })] },
  ];
  const roman = ["I", "II", "III", "IV", "V"];
  let number = 0;
  plan.STANDARDS.forEach((standard, index) => {
    body.push(groupRow(roman[index] ?? String(index + 1), standard.heading));
    standard.rows.forEach((row, rowIndex) => {
      // A criterion with two rows keeps its name in one merged cell, as Word users do.
      const continues = row.criterion === undefined;
      const merged = !continues && standard.rows[rowIndex + 1]?.criterion === undefined;
      const merge: Pick<CellSpec, "verticalMerge"> = continues
        ? { verticalMerge: "continue" }
        : merged
          ? { verticalMerge: "restart" }
          : {};
      number++;
      body.push({
        kind: "data",
        cells: [
          textCell(String(number), { alignment: "center" }),
          textCell(row.criterion ?? "", merge),
          textCell(row.weakness),
          textCell(row.action),
          textCell(row.owner),
          textCell(row.deadline, { alignment: "center" }),
          textCell(row.monitor),
        ],
      });
    });
  });
  body.push({ kind: "group", cells: [textCell(plan.LEVEL_4_GROUP, { span: COLUMN_COUNT })] });
  return {
    kind: "table",
    columnWeights: [4, 15, 17, 24, 14, 10, 11],
    headerRows: [header],
    bodyRows: body,
    sizePt: 12,
  };
}

function topBlock(): string {
  const issuer =
    centered(plan.ISSUER, (index) => ({ bold: index > 0 })) +
    paragraph(plan.PLAN_NUMBER, { alignment: "center", spacingAfterPt: 0 });
  const motto =
    centered(plan.MOTTO, () => ({ bold: true })) +
    paragraph(plan.PLACE_AND_DATE, { alignment: "center", italic: true, spacingAfterPt: 0 });
  return layoutTable([3600, 6000], [issuer, motto]);
}

function signatureBlock(): string {
  const recipients = plan.RECIPIENTS.map((line, index) =>
    paragraph(line, { sizePt: 11, bold: index === 0, italic: index === 0, spacingAfterPt: 0 })
  ).join("");
  const signature = centered(plan.SIGNATURE, (index) => ({ bold: index === 0 }));
  return layoutTable([4800, 4800], [recipients, signature]);
}

const justified = (text: string) => paragraph(text, { alignment: "justify" });

export function samplePlanDocumentXml(): string {
  const body = [
    topBlock(),
    paragraph("", { spacingAfterPt: 0 }),
    centered(plan.TITLE, () => ({ bold: true })),
    paragraph("", { spacingAfterPt: 0 }),
    ...plan.GROUNDS.map(justified),
    paragraph(plan.PURPOSE_HEADING, { bold: true }),
    ...plan.PURPOSE.map(justified),
    sectionBreak(sectionXml("portrait", false)),
    paragraph(plan.CONTENT_HEADING, { bold: true }),
    renderTable(planTable(), { textWidthTwips: DECREE_30_LANDSCAPE_TEXT_WIDTH }),
    sectionBreak(sectionXml("landscape", true)),
    paragraph(plan.ORGANISATION_HEADING, { bold: true }),
    ...plan.ORGANISATION.map(justified),
    signatureBlock(),
    paragraph(""),
  ].join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<w:document xmlns:w="${W_NAMESPACE}"><w:body>${body}${sectionXml("portrait", true)}</w:body></w:document>`
  );
}
