import { readDocumentXml } from "../../../src/ooxml";
import { documentXml, onlyParagraph, paragraphs, r } from "../documents";

function textOf(paragraphContent: string): string {
  return onlyParagraph(readDocumentXml(documentXml(`<w:p>${paragraphContent}</w:p>`)).model).text;
}

function field(code: string, result: string): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r>` +
    `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
  );
}

describe("inline containers", () => {
  it("counts hyperlinks, smart tags, custom XML and bidi containers", () => {
    expect(
      textOf(
        `<w:hyperlink r:id="rId5" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>link</w:t></w:r></w:hyperlink>` +
          `<w:smartTag w:uri="urn:x" w:element="date">${r(" tag")}</w:smartTag>` +
          `<w:customXml w:element="x">${r(" custom")}<w:customXml w:element="y">${r(" nested")}</w:customXml></w:customXml>` +
          `<w:dir w:val="ltr">${r(" dir")}</w:dir><w:bdo w:val="ltr">${r(" bdo")}</w:bdo>`
      )
    ).toBe("link tag custom nested dir bdo");
  });

  it("counts run-level content controls", () => {
    expect(
      textOf(
        `${r("Năm học ")}<w:sdt><w:sdtPr><w:tag w:val="year"/></w:sdtPr><w:sdtEndPr/><w:sdtContent>${r("2021-2022")}</w:sdtContent></w:sdt>`
      )
    ).toBe("Năm học 2021-2022");
  });

  it("counts inserted and moved-here text, not deleted or moved-away text", () => {
    expect(
      textOf(
        `${r("a")}<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">${r("b")}</w:ins>` +
          `<w:del w:id="2" w:author="A"><w:r><w:delText>X</w:delText></w:r></w:del>` +
          `<w:moveFrom w:id="3" w:author="A">${r("Y")}</w:moveFrom><w:moveTo w:id="4" w:author="A">${r("c")}</w:moveTo>`
      )
    ).toBe("abc");
  });

  it("ignores proofing marks, bookmarks, comment ranges and permissions", () => {
    expect(
      textOf(
        `<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="_GoBack"/>${r("a")}<w:bookmarkEnd w:id="0"/>` +
          `<w:commentRangeStart w:id="1"/>${r("b")}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>` +
          `<w:permStart w:id="2" w:edGrp="everyone"/>${r("c")}<w:permEnd w:id="2"/><w:proofErr w:type="spellEnd"/>`
      )
    ).toBe("abc");
  });

  it("counts a simple field's result runs", () => {
    expect(textOf(`${r("Trang ")}<w:fldSimple w:instr=" PAGE ">${r("3")}</w:fldSimple>`)).toBe(
      "Trang 3"
    );
  });

  it("counts only the result of a complex field", () => {
    expect(textOf(`${r("Trang ")}${field(" PAGE ", r("3"))}${r(".")}`)).toBe("Trang 3.");
  });

  it("handles nested fields: hidden inside the outer code, shown inside the outer result", () => {
    const inCode =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>` +
      field(" MERGEFIELD x ", r("inner")) +
      `<w:r><w:instrText> = 1 "yes" "no" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("yes")}` +
      `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(textOf(inCode)).toBe("yes");
    const inResult =
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("a")}${field(" PAGE ", r("b"))}${r("c")}` +
      `<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    expect(textOf(inResult)).toBe("abc");
  });

  it("follows a complex field across paragraphs", () => {
    const body =
      `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> TOC \\o "1-3" </w:instrText></w:r>` +
      `<w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("Mục lục 1")}</w:p>` +
      `<w:p>${r("Mục lục 2")}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p><w:p>${r("after")}</w:p>`;
    expect(paragraphs(readDocumentXml(documentXml(body)).model).map((x) => x.text)).toEqual([
      "Mục lục 1",
      "Mục lục 2",
      "after",
    ]);
  });

  it("survives stray field characters", () => {
    expect(
      textOf(
        `<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r("x")}`
      )
    ).toBe("x");
  });

  it("hides the rest when a field code never ends, as Word would", () => {
    expect(textOf(`${r("a")}<w:r><w:fldChar w:fldCharType="begin"/></w:r>${r("b")}`)).toBe("a");
  });
});

describe("block containers", () => {
  it("flattens body-level content controls and custom XML into the block list", () => {
    const body =
      `<w:p>${r("one")}</w:p><w:sdt><w:sdtPr><w:tag w:val="x"/></w:sdtPr><w:sdtContent><w:p>${r("two")}</w:p>` +
      `<w:customXml w:element="c"><w:p>${r("three")}</w:p></w:customXml></w:sdtContent></w:sdt><w:p>${r("four")}</w:p>`;
    const { model } = readDocumentXml(documentXml(body));
    expect(
      model.blocks.map((block) => [block.blockIndex, block.kind === "paragraph" ? block.text : ""])
    ).toEqual([
      [0, "one"],
      [1, "two"],
      [2, "three"],
      [3, "four"],
    ]);
  });

  it("does not count w:sectPr, bookmarks or an empty content control as blocks", () => {
    const body = `<w:bookmarkStart w:id="0" w:name="a"/><w:p>${r("x")}</w:p><w:bookmarkEnd w:id="0"/><w:sdt><w:sdtPr/></w:sdt>`;
    expect(readDocumentXml(documentXml(body)).model.blocks).toHaveLength(1);
  });
});
