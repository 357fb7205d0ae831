import type { Block, DocumentModel } from "../../../src/core/model/document";
import { readDocumentXml, readDocxParts } from "../../../src/ooxml";
import { documentXml, p, r, tbl, tc } from "../documents";
import { fixtureParts, FIXTURE_NAMES } from "../fixtures";

/** The model with every top-level block after `index` moved one place down. */
function shiftedAfter(model: DocumentModel, index: number): Block[] {
  return model.blocks.map((block) =>
    block.blockIndex > index ? { ...block, blockIndex: block.blockIndex + 1 } : block
  );
}

function splice(source: string, at: number, insertion: string): string {
  return source.slice(0, at) + insertion + source.slice(at);
}

const NEW_PARAGRAPH = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>PHỤ LỤC MỚI</w:t></w:r></w:p>`;

const SMALL_BODY =
  p("Kế hoạch") +
  `<w:sdt><w:sdtPr><w:tag w:val="kdcl-appendix"/></w:sdtPr><w:sdtContent>${p("PHỤ LỤC")}` +
  tbl(
    `<w:tr>${tc(p("TT"))}${tc(p("Nội dung"))}</w:tr>` +
      `<w:sdt><w:sdtPr/><w:sdtContent><w:tr>${tc(p("1"))}${tc(p("a"))}</w:tr></w:sdtContent></w:sdt>` +
      `<w:tr>${tc(p("2"), `<w:hMerge w:val="restart"/>`)}${tc(p(""), `<w:hMerge/>`)}</w:tr>`
  ) +
  `</w:sdtContent></w:sdt>` +
  p("Hết");

describe("source map", () => {
  const source = documentXml(SMALL_BODY);
  const { model, sourceMap } = readDocumentXml(source);

  it("gives each block's exact element markup", () => {
    expect(sourceMap.blocks.map(({ start, end }) => source.slice(start, end))).toEqual([
      p("Kế hoạch"),
      p("PHỤ LỤC"),
      expect.stringMatching(/^<w:tbl>.*<\/w:tbl>$/),
      p("Hết"),
    ]);
  });

  it("gives each table's rows and cells, by rowIndex and physicalIndex", () => {
    const [table] = sourceMap.tables;
    expect(table).toMatchObject({ blockIndex: 2, tableIndex: 0 });
    expect(source.slice(table!.start, table!.end)).toBe(
      source.slice(sourceMap.blocks[2]!.start, sourceMap.blocks[2]!.end)
    );
    const rows = table!.rows.map((row) => source.slice(row.start, row.end));
    expect(rows[1]).toBe(`<w:tr>${tc(p("1"))}${tc(p("a"))}</w:tr>`);
    expect(table!.rows[0]!.cells.map((cell) => source.slice(cell.start, cell.end))).toEqual([
      tc(p("TT")),
      tc(p("Nội dung")),
    ]);
    // A w:hMerge group is one model cell, so one range covering its w:tc elements.
    expect(table!.rows[2]!.cells.map((cell) => source.slice(cell.start, cell.end))).toEqual([
      tc(p("2"), `<w:hMerge w:val="restart"/>`) + tc(p(""), `<w:hMerge/>`),
    ]);
  });

  it("lists body-level content controls with the blocks inside them", () => {
    expect(sourceMap.contentControls).toHaveLength(1);
    const [control] = sourceMap.contentControls;
    expect(control).toMatchObject({ tag: "kdcl-appendix", firstBlockIndex: 1, blockCount: 2 });
    expect(source.slice(control!.start, control!.end)).toMatch(/^<w:sdt>.*<\/w:sdt>$/);
  });

  it("locates the body content and its final section properties", () => {
    expect(source.slice(sourceMap.bodyContent.start, sourceMap.bodyContent.end)).toBe(
      SMALL_BODY + `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`
    );
    const section = sourceMap.finalSectionProperties!;
    expect(source.slice(section.start, section.end)).toBe(
      `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>`
    );
  });

  it("lets a paragraph be spliced after any block, and the document reads the same plus it", () => {
    for (let index = 0; index < model.blocks.length; index++) {
      const spliced = splice(source, sourceMap.blocks[index]!.end, NEW_PARAGRAPH);
      const reread = readDocumentXml(spliced).model;
      const expected = shiftedAfter(model, index);
      expected.splice(index + 1, 0, {
        kind: "paragraph",
        blockIndex: index + 1,
        text: "PHỤ LỤC MỚI",
        bold: true,
        alignment: "center",
      });
      expect(reread.blocks).toEqual(expected);
    }
  });

  it("lets content be appended before the final section properties", () => {
    const spliced = splice(source, sourceMap.finalSectionProperties!.start, NEW_PARAGRAPH);
    const reread = readDocumentXml(spliced).model;
    expect(reread.blocks.slice(0, -1)).toEqual(model.blocks);
    expect(reread.blocks[reread.blocks.length - 1]).toMatchObject({
      text: "PHỤ LỤC MỚI",
      blockIndex: 4,
    });
  });

  it("lets a row be spliced after a row", () => {
    const row = sourceMap.tables[0]!.rows[1]!;
    const newRow = `<w:tr>${tc(p("1a"))}${tc(`<w:p>${r("b")}</w:p>`)}</w:tr>`;
    const reread = readDocumentXml(splice(source, row.end, newRow)).model;
    const table = reread.blocks[2];
    if (table?.kind !== "table") throw new Error("table expected");
    expect(table.rows.map((x) => x.rowIndex)).toEqual([0, 1, 2, 3]);
    expect(table.rows.map((x) => x.cells.map((cell) => cell.text))).toEqual([
      ["TT", "Nội dung"],
      ["1", "a"],
      ["1a", "b"],
      ["2"],
    ]);
  });

  describe.each(FIXTURE_NAMES)("on %s", (name) => {
    it("slices every block, row and cell as a whole element, and survives a splice after each block", async () => {
      const parts = await fixtureParts(name);
      const reading = readDocxParts(parts);
      const text = parts.get(reading.documentPartName)!;
      reading.sourceMap.blocks.forEach(({ start, end }, index) => {
        const markup = text.slice(start, end);
        const block = reading.model.blocks[index]!;
        expect(markup).toMatch(
          block.kind === "table" ? /^<w:tbl>[^]*<\/w:tbl>$/ : /^<w:p[ >][^]*(<\/w:p>|\/>)$/
        );
        // The slice alone, re-read, is the same block.
        const alone = readDocumentXml(documentXml(markup)).model.blocks[0]!;
        expect({
          ...alone,
          blockIndex: index,
          ...(block.kind === "table" ? { tableIndex: block.tableIndex } : {}),
        }).toEqual(block);
      });
      for (const table of reading.sourceMap.tables) {
        for (const row of table.rows) {
          expect(text.slice(row.start, row.end)).toMatch(/^<w:tr>[^]*<\/w:tr>$/);
          for (const cell of row.cells)
            expect(text.slice(cell.start, cell.end)).toMatch(/^<w:tc>[^]*<\/w:tc>$/);
        }
      }
      reading.sourceMap.blocks.forEach(({ end }, index) => {
        const reread = readDocumentXml(splice(text, end, NEW_PARAGRAPH)).model.blocks;
        expect(reread[index + 1]).toMatchObject({ kind: "paragraph", text: "PHỤ LỤC MỚI" });
        expect(reread.filter((block) => block.blockIndex !== index + 1)).toEqual(
          shiftedAfter(reading.model, index)
        );
      });
    });
  });
});
