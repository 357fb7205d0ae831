import {
  readDocumentXml,
  readFlatOpc,
  renderFragmentBlocks,
  renderTableBlock,
  ContentControlIds,
  toFlatOpc,
  DECREE_30_PORTRAIT_TEXT_WIDTH,
} from "../../../src/ooxml";
import { documentXml } from "../documents";
import { smallTable } from "./helpers";

describe("toFlatOpc", () => {
  const layout = { textWidthTwips: DECREE_30_PORTRAIT_TEXT_WIDTH };

  it("wraps body content so the reader's readFlatOpc reads back exactly what was wrapped", () => {
    const { xml: body } = renderFragmentBlocks(
      {
        marker: "kdcl-appendix",
        blocks: [{ kind: "paragraph", runs: [{ text: 'PHỤ LỤC <2> & "3"' }] }, smallTable()],
      },
      layout,
      new ContentControlIds()
    );
    const flat = toFlatOpc(body);
    const reading = readFlatOpc(flat);
    expect(reading.documentPartName).toBe("/word/document.xml");
    expect(reading.model).toEqual(readDocumentXml(documentXml(body)).model);
    const { start, end } = reading.sourceMap.bodyContent;
    expect(flat.slice(start, end)).toBe(body);
    expect(reading.sourceMap.finalSectionProperties).toBeUndefined();
  });

  it("is a package with the package relationships and the main document, w declared", () => {
    const flat = toFlatOpc(
      renderTableBlock(smallTable({ marker: "t" }), layout, new ContentControlIds())
    );
    expect(flat).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>/);
    expect(flat).toContain(`<?mso-application progid="Word.Document"?>`);
    expect(flat).toContain(`pkg:name="/_rels/.rels"`);
    expect(flat).toContain(`pkg:name="/word/document.xml"`);
    expect(flat).toContain(
      `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
    );
    expect(readFlatOpc(flat).model.blocks[0]).toMatchObject({
      kind: "table",
      contentControlTag: "t",
    });
  });
});
