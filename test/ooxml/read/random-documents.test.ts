import fc from "fast-check";
import { readDocumentXml } from "../../../src/ooxml";
import { documentXml } from "../documents";

/** Leaves and containers of WordprocessingML, nested at random with no regard to the schema. */
const LEAVES = [
  "<w:t>chữ</w:t>",
  `<w:t xml:space="preserve"> a </w:t>`,
  "<w:tab/>",
  "<w:br/>",
  `<w:sym w:font="Symbol" w:char="F0B7"/>`,
  `<w:fldChar w:fldCharType="begin"/>`,
  `<w:fldChar w:fldCharType="separate"/>`,
  `<w:fldChar w:fldCharType="end"/>`,
  "<w:instrText> PAGE </w:instrText>",
  "<w:delText>x</w:delText>",
  "<w:b/>",
  `<w:vMerge w:val="restart"/>`,
  "<w:vMerge/>",
  `<w:hMerge w:val="restart"/>`,
  "<w:hMerge/>",
  `<w:gridSpan w:val="2"/>`,
  `<w:gridBefore w:val="1"/>`,
  `<w:gridCol w:w="100"/>`,
  `<w:tag w:val="t"/>`,
  `<w:pStyle w:val="Heading1"/>`,
  `<w:outlineLvl w:val="1"/>`,
  `<w:jc w:val="center"/>`,
  `<w:bookmarkStart w:id="0" w:name="b"/>`,
  "<w:sectPr/>",
];

const NOISE_CONTAINERS = [
  "w:pPr",
  "w:rPr",
  "w:tcPr",
  "w:trPr",
  "w:sdtPr",
  "w:drawing",
  "w:del",
  "w:tblGrid",
];

const leaf = fc.constantFrom(...LEAVES);

function element(name: string, children: string[]): string {
  return `<${name}>${children.join("")}</${name}>`;
}

/** Wraps content in one of the containers that may hold it at any level. */
function wrapped(content: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom("sdt", "customXml", "alternate"), content)
    .map(([wrapper, children]) =>
      wrapper === "sdt"
        ? `<w:sdt><w:sdtPr><w:tag w:val="t"/></w:sdtPr>${element("w:sdtContent", children)}</w:sdt>`
        : wrapper === "customXml"
          ? element("w:customXml", children)
          : `<mc:AlternateContent><mc:Choice Requires="w14">${children.join("")}</mc:Choice>${element("mc:Fallback", children)}</mc:AlternateContent>`
    );
}

/** Markup that is anything but the element expected there. */
const noise = fc
  .tuple(fc.constantFrom(...NOISE_CONTAINERS), fc.array(leaf, { maxLength: 3 }))
  .map(([name, children]) => element(name, children));

const { inline } = fc.letrec<{ inline: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.array(leaf, { maxLength: 4 }).map((children) => element("w:r", children)),
    fc
      .tuple(
        fc.constantFrom("w:hyperlink", "w:ins", "w:del", "w:moveFrom", "w:fldSimple", "w:smartTag"),
        fc.array(tie("inline"), { maxLength: 3 })
      )
      .map(([name, children]) => element(name, children)),
    wrapped(fc.array(tie("inline"), { maxLength: 3 })),
    noise
  ),
}));

const paragraph = fc.array(inline, { maxLength: 4 }).map((children) => element("w:p", children));

const { block } = fc.letrec<{ block: string; row: string; cell: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    paragraph,
    fc
      .tuple(fc.option(noise), fc.array(tie("row"), { maxLength: 3 }))
      .map(([grid, rows]) => `<w:tbl>${grid ?? ""}${rows.join("")}</w:tbl>`),
    wrapped(fc.array(tie("block"), { maxLength: 3 })),
    noise
  ),
  row: fc.oneof(
    fc
      .tuple(fc.option(noise), fc.array(tie("cell"), { maxLength: 4 }))
      .map(([properties, cells]) => `<w:tr>${properties ?? ""}${cells.join("")}</w:tr>`),
    wrapped(fc.array(tie("row"), { maxLength: 2 }))
  ),
  cell: fc.oneof(
    fc
      .tuple(fc.option(noise), fc.array(tie("block"), { maxLength: 2 }))
      .map(([properties, blocks]) => `<w:tc>${properties ?? ""}${blocks.join("")}</w:tc>`),
    wrapped(fc.array(tie("cell"), { maxLength: 2 }))
  ),
}));

const body = fc.array(block, { maxLength: 6 }).map((children) => children.join(""));

describe("reading random well-formed WordprocessingML", () => {
  it("never throws, numbers blocks, tables and rows in order, and slices whole blocks", () => {
    fc.assert(
      fc.property(body, (content) => {
        const source = documentXml(content);
        const { model, sourceMap } = readDocumentXml(source);
        expect(sourceMap.blocks).toHaveLength(model.blocks.length);
        let tableIndex = 0;
        model.blocks.forEach((block, index) => {
          expect(block.blockIndex).toBe(index);
          const { start, end } = sourceMap.blocks[index]!;
          expect(source.slice(start, end)).toMatch(
            block.kind === "table" ? /^<w:tbl>[^]*<\/w:tbl>$/ : /^<w:p>[^]*<\/w:p>$/
          );
          if (block.kind !== "table") return;
          expect(block.tableIndex).toBe(tableIndex++);
          expect(block.rows.map((row) => row.rowIndex)).toEqual(block.rows.map((_, i) => i));
          for (const row of block.rows) {
            let column = row.gridBefore;
            row.cells.forEach((cell, physicalIndex) => {
              expect(cell).toMatchObject({ gridColumn: column, physicalIndex });
              expect(cell.gridSpan).toBeGreaterThanOrEqual(1);
              expect(cell.text).toBe(cell.paragraphs.map((paragraph) => paragraph.text).join("\n"));
              column += cell.gridSpan;
            });
          }
        });
      }),
      { numRuns: 500 }
    );
  });

  it("takes a paragraph spliced after any block as the next block", () => {
    fc.assert(
      fc.property(body, (content) => {
        const source = documentXml(content);
        const { model, sourceMap } = readDocumentXml(source);
        sourceMap.blocks.forEach(({ end }, index) => {
          const reread = readDocumentXml(source.slice(0, end) + "<w:p/>" + source.slice(end)).model;
          expect(reread.blocks).toHaveLength(model.blocks.length + 1);
          expect(reread.blocks[index + 1]).toMatchObject({
            kind: "paragraph",
            text: "",
            blockIndex: index + 1,
          });
        });
      }),
      { numRuns: 200 }
    );
  });
});
