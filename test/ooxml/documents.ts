/** Small WordprocessingML documents for tests, built from body markup. */
import type {
  Block,
  DocumentModel,
  ParagraphBlock,
  TableBlock,
} from "../../src/core/model/document";

export const W_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const NAMESPACES = [
  `xmlns:w="${W_NAMESPACE}"`,
  `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`,
  `xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`,
  `xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"`,
  `xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"`,
  `xmlns:v="urn:schemas-microsoft-com:vml"`,
].join(" ");

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NAMESPACES} mc:Ignorable="w14"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
}

export function stylesXml(styles: string, docDefaults = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W_NAMESPACE}">${docDefaults}${styles}</w:styles>`;
}

/** A paragraph of plain runs. */
export function p(...runs: string[]): string {
  return `<w:p>${runs.map((text) => r(text)).join("")}</w:p>`;
}

export function r(text: string, properties = ""): string {
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
}

export function tc(content: string, properties = ""): string {
  return `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ""}${content}</w:tc>`;
}

export function tbl(rows: string, grid: number[] = []): string {
  const gridXml = grid.length
    ? `<w:tblGrid>${grid.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`
    : "";
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${gridXml}${rows}</w:tbl>`;
}

export function paragraphs(model: DocumentModel): ParagraphBlock[] {
  return model.blocks.filter((block: Block): block is ParagraphBlock => block.kind === "paragraph");
}

export function tables(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block: Block): block is TableBlock => block.kind === "table");
}

export function onlyParagraph(model: DocumentModel): ParagraphBlock {
  const [first, ...rest] = model.blocks;
  if (!first || rest.length > 0 || first.kind !== "paragraph")
    throw new Error("expected exactly one paragraph");
  return first;
}

export function onlyTable(model: DocumentModel): TableBlock {
  const found = tables(model);
  if (found.length !== 1 || !found[0])
    throw new Error(`expected exactly one table, found ${found.length}`);
  return found[0];
}

/** A plan-sized table: a header row, then 300 rows of 9 cells (a group row every 10). */
export function largePlanDocument(rowCount = 300, columns = 9): string {
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${Array.from({ length: columns }, (_, c) => tc(p(`Cột ${c + 1}`))).join("")}</w:tr>`;
  const rows = Array.from({ length: rowCount }, (_, row) =>
    row % 10 === 0
      ? `<w:tr>${tc(p(`Tiêu chuẩn ${row / 10 + 1}: nhóm`), `<w:gridSpan w:val="${columns}"/>`)}</w:tr>`
      : `<w:tr>${Array.from({ length: columns }, (_, c) => tc(p(`Tiêu chí ${row}.${c}: nội dung cần cải tiến`))).join("")}</w:tr>`
  ).join("");
  return documentXml(
    p("III. NỘI DUNG") +
      tbl(
        header + rows,
        Array.from({ length: columns }, () => 1000)
      ) +
      p("Hết")
  );
}
