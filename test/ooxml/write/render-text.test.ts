import type { SpecRun } from "../../../src/core/edits/spec";
import {
  escapeXmlAttribute,
  escapeXmlText,
  readDocumentXml,
  removeNonXmlCharacters,
  renderParagraph,
} from "../../../src/ooxml";
import { documentXml, onlyParagraph, p } from "../documents";
import {
  applyAndRead,
  cell,
  childNamed,
  fragmentOf,
  insertAtEnd,
  row,
  smallTable,
  tableAt,
  wordElements,
  wordValue,
} from "./helpers";

/** Text written in a body paragraph, as the reader reads it back. */
function paragraphText(runs: SpecRun[]): string {
  return onlyParagraph(
    readDocumentXml(documentXml(renderParagraph({ kind: "paragraph", runs }))).model
  ).text;
}

/** Text written in a table cell, as the reader reads it back. */
function cellText(text: string): string {
  const spec = smallTable({ bodyRows: [row("data", cell(text), cell(""), cell(""))] });
  const { model } = applyAndRead(documentXml(p("x")), [insertAtEnd(fragmentOf(spec))]);
  return tableAt(model, 1).rows[1]!.cells[0]!.text;
}

const NFC = "Trường mầm non Pom Lót: kiểm định chất lượng giáo dục, Tiêu chí 2.3";
const NFD = NFC.normalize("NFD");

describe("text we write reads back exactly", () => {
  it.each([
    ["XML specials", `a < b && c > d "quoted" 'single' ]]> &amp;`],
    ["Vietnamese in NFC", NFC],
    ["Vietnamese in NFD (left as written)", NFD],
    ["spaces at both ends and doubled", "  hai  đầu  "],
    ["a tab", "TT\tNội dung"],
    ["line breaks", "dòng 1\ndòng 2\n\ndòng 4"],
    ["astral characters", "𝐀 📄 𠀀"],
    ["a lone space", " "],
  ])("%s, in a paragraph and in a cell", (_, text) => {
    expect(paragraphText([{ text }])).toBe(text);
    expect(cellText(text)).toBe(text);
  });

  it("keeps NFC and NFD apart (normalising is the core's choice, not the writer's)", () => {
    expect(paragraphText([{ text: NFD }])).not.toBe(NFC);
    expect(paragraphText([{ text: NFD }]).normalize("NFC")).toBe(NFC);
  });

  it("writes line ends as w:br, tabs as w:tab, and \\r\\n or \\r as one line end", () => {
    const xml = renderParagraph({ kind: "paragraph", runs: [{ text: "a\tb\nc\r\nd\re" }] });
    const run = wordElements(xml, "r")[0]!;
    const content = run.children
      .filter((child) => child.kind === "element" && child.localName !== "rPr")
      .map((child) => (child.kind === "element" ? child.localName : ""));
    expect(content).toEqual(["t", "tab", "t", "br", "t", "br", "t", "br", "t"]);
    expect(paragraphText([{ text: "a\tb\nc\r\nd\re" }])).toBe("a\tb\nc\nd\ne");
  });

  it("preserves spaces only where XML would lose them", () => {
    const xml = renderParagraph({
      kind: "paragraph",
      runs: [{ text: "không" }, { text: " đầu" }, { text: "cuối " }, { text: "a  b" }],
    });
    const preserved = wordElements(xml, "t").map((t) =>
      t.attributes.some((a) => a.qualifiedName === "xml:space" && a.value === "preserve")
    );
    expect(preserved).toEqual([false, true, true, true]);
  });

  it("drops characters XML 1.0 cannot hold, and runs left empty", () => {
    const text = "a\u0000b\u0001c\u000bd\u001fe\ufffef\uffffg\ud800h\udc00i";
    expect(paragraphText([{ text }])).toBe("abcdefghi");
    expect(cellText(text)).toBe("abcdefghi");
    const xml = renderParagraph({ kind: "paragraph", runs: [{ text: "\u0000" }, { text: "" }] });
    expect(wordElements(xml, "r")).toHaveLength(0);
    // A valid surrogate pair is a character; its halves alone are not.
    expect(removeNonXmlCharacters("\ud83d\udcc4\ud83d")).toBe("\ud83d\udcc4");
  });

  it("escapes text and attribute values", () => {
    expect(escapeXmlText(`<&>"'\r`)).toBe(`&lt;&amp;&gt;"'&#13;`);
    expect(escapeXmlAttribute(`<&>"'\t\n\r`)).toBe("&lt;&amp;&gt;&quot;&apos;&#9;&#10;&#13;");
  });
});

describe("a paragraph from the spec", () => {
  it("is 13 pt Times New Roman with 6 pt after, unless the spec says otherwise", () => {
    const plain = renderParagraph({ kind: "paragraph", runs: [{ text: "a" }] });
    expect(wordValue(wordElements(plain, "sz")[0])).toBe("26");
    expect(wordValue(wordElements(plain, "rFonts")[0], "ascii")).toBe("Times New Roman");
    expect(wordValue(wordElements(plain, "spacing")[0], "after")).toBe("120");

    const sized = renderParagraph({
      kind: "paragraph",
      runs: [{ text: "a" }],
      sizePt: 14,
      spacingAfterPt: 0,
    });
    expect(wordElements(sized, "sz").map((sz) => wordValue(sz))).toEqual(["28", "28"]);
    expect(wordValue(wordElements(sized, "spacing")[0], "after")).toBe("0");
  });

  it("carries alignment, page break, bold and italic runs", () => {
    const xml = renderParagraph({
      kind: "paragraph",
      runs: [
        { text: "PHỤ LỤC", bold: true },
        { text: " (kèm theo)", italic: true },
      ],
      alignment: "center",
      pageBreakBefore: true,
    });
    const properties = wordElements(xml, "pPr")[0]!;
    expect(childNamed(properties, "pageBreakBefore")).toBeDefined();
    expect(wordValue(childNamed(properties, "jc"))).toBe("center");
    const [bold, italic] = wordElements(xml, "r").map((r) => childNamed(r, "rPr")!);
    expect([childNamed(bold, "b"), childNamed(bold, "i")].map(Boolean)).toEqual([true, false]);
    expect([childNamed(italic, "b"), childNamed(italic, "i")].map(Boolean)).toEqual([false, true]);
    const read = onlyParagraph(readDocumentXml(documentXml(xml)).model);
    expect(read).toMatchObject({ text: "PHỤ LỤC (kèm theo)", alignment: "center", bold: false });
  });

  it("writes justify as w:jc both", () => {
    const xml = renderParagraph({ kind: "paragraph", runs: [{ text: "a" }], alignment: "justify" });
    expect(wordValue(wordElements(xml, "jc")[0])).toBe("both");
  });
});
