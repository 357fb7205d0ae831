/**
 * A document model written back as a main document part (word/document.xml), so the synthetic
 * plans of `src/core/testing` can be read by the OOXML reader and served by the fake Word at any
 * size. Only what the synthetic plans use: paragraphs (bold or not), tables with a grid, header
 * rows, horizontal spans and vertical merges. Reading the result gives the model back
 * (`test/bench/model-xml.test.ts`), so the benchmarks read exactly the plans they claim to.
 */
import type { Block, DocumentModel, TableBlock, TableCell } from "../../src/core/model/document";
import { escapeXmlText } from "../../src/ooxml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function run(text: string, bold: boolean): string {
  if (text === "") return "";
  const properties = bold ? "<w:rPr><w:b/></w:rPr>" : "";
  return `<w:r>${properties}<w:t xml:space="preserve">${escapeXmlText(text)}</w:t></w:r>`;
}

function paragraph(text: string, bold: boolean): string {
  return `<w:p>${run(text, bold)}</w:p>`;
}

function cell(cell: TableCell, width: number): string {
  const properties =
    `<w:tcW w:w="${width * cell.gridSpan}" w:type="dxa"/>` +
    (cell.gridSpan > 1 ? `<w:gridSpan w:val="${cell.gridSpan}"/>` : "") +
    (cell.verticalMerge === "restart" ? `<w:vMerge w:val="restart"/>` : "") +
    (cell.verticalMerge === "continue" ? `<w:vMerge/>` : "");
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [{ text: "", bold: false }];
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${paragraphs
    .map((p) => paragraph(p.text, p.bold))
    .join("")}</w:tc>`;
}

function table(block: TableBlock): string {
  const width = block.gridColumnWidths[0] ?? 1000;
  const grid = block.gridColumnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join("");
  const rows = block.rows
    .map((row) => {
      const header = row.repeatsAsHeader ? "<w:trPr><w:tblHeader/></w:trPr>" : "";
      return `<w:tr>${header}${row.cells.map((c) => cell(c, width)).join("")}</w:tr>`;
    })
    .join("");
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
}

function block(block: Block): string {
  return block.kind === "table" ? table(block) : paragraph(block.text, block.bold);
}

export function documentXmlOf(model: DocumentModel): string {
  // A paragraph between two tables keeps Word from joining them; the synthetic plans have one.
  const body = model.blocks.map(block).join("");
  const section =
    `<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>` +
    `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${W}"><w:body>${body}${section}</w:body></w:document>`
  );
}
