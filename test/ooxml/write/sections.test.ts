import type { FragmentSpec } from "../../../src/core/edits/spec";
import { readDocumentXml, type XmlElement } from "../../../src/ooxml";
import { p, W_NAMESPACE } from "../documents";
import {
  applyAndRead,
  bodyChildren,
  childNamed,
  insertAfter,
  insertAtEnd,
  sliceOf,
  smallTable,
  tableAt,
  wordElements,
  wordValue,
} from "./helpers";

const R_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function documentWithBody(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NAMESPACE}" xmlns:r="${R_NAMESPACE}"><w:body>${body}</w:body></w:document>`;
}

/** A section as Word writes one: header reference, page numbers restarting, title page, grid. */
const FINAL_SECTION =
  `<w:sectPr><w:headerReference w:type="default" r:id="rId5"/><w:type w:val="nextPage"/>` +
  `<w:pgSz w:w="11906" w:h="16838" w:code="9"/>` +
  `<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="709" w:gutter="0"/>` +
  `<w:pgNumType w:fmt="decimal" w:start="1"/><w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>`;

const SOURCE = documentWithBody(p("Mở đầu") + p("Kết thúc") + FINAL_SECTION);

const LANDSCAPE: FragmentSpec = {
  landscape: true,
  marker: "kdcl-appendix",
  blocks: [{ kind: "paragraph", runs: [{ text: "PHỤ LỤC 2" }] }, smallTable()],
};
const PORTRAIT: FragmentSpec = { blocks: [{ kind: "paragraph", runs: [{ text: "Dọc" }] }] };

/** The body's children: "p", "p+sectPr" (a paragraph ending a section), "sdt", "tbl", "sectPr". */
function shape(xml: string): string[] {
  return bodyChildren(xml).map((child) =>
    child.localName === "p" && sectionOf(child) ? "p+sectPr" : child.localName
  );
}

function sectionOf(paragraph: XmlElement): XmlElement | undefined {
  return childNamed(childNamed(paragraph, "pPr"), "sectPr");
}

function sectionBreaks(xml: string): XmlElement[] {
  return bodyChildren(xml)
    .map((child) => (child.localName === "p" ? sectionOf(child) : undefined))
    .filter((section): section is XmlElement => section !== undefined);
}

function finalSection(xml: string): XmlElement {
  const last = bodyChildren(xml).at(-1)!;
  expect(last.localName).toBe("sectPr");
  return last;
}

function expectLandscape(section: XmlElement, header = "567", footer = "709") {
  const size = childNamed(section, "pgSz");
  expect([wordValue(size, "w"), wordValue(size, "h"), wordValue(size, "orient")]).toEqual([
    "16838",
    "11906",
    "landscape",
  ]);
  const margins = childNamed(section, "pgMar");
  const sides = ["top", "right", "bottom", "left", "header", "footer", "gutter"];
  expect(sides.map((side) => wordValue(margins, side))).toEqual([
    "1134",
    "1134",
    "1134",
    "1701",
    header,
    footer,
    "0",
  ]);
  expect(wordValue(childNamed(section, "type"))).toBe("nextPage");
}

describe("a landscape fragment", () => {
  it("at the end: the body's final w:sectPr becomes landscape, a copy of it ends the portrait section", () => {
    const { xml, model } = applyAndRead(SOURCE, [insertAtEnd(LANDSCAPE)]);
    expect(shape(xml)).toEqual(["p", "p", "p+sectPr", "sdt", "p", "sectPr"]);
    // The portrait section keeps exactly the properties it had.
    expect(sliceOf(xml, sectionBreaks(xml)[0]!)).toBe(FINAL_SECTION);
    const landscape = finalSection(xml);
    expectLandscape(landscape);
    // Everything else about the section is kept, in schema order; numbering continues.
    expect(
      landscape.children.flatMap((child) => (child.kind === "element" ? [child.localName] : []))
    ).toEqual([
      "headerReference",
      "type",
      "pgSz",
      "pgMar",
      "pgNumType",
      "cols",
      "titlePg",
      "docGrid",
    ]);
    expect(wordValue(childNamed(landscape, "pgNumType"), "start")).toBeUndefined();
    expect(wordValue(childNamed(landscape, "pgNumType"), "fmt")).toBe("decimal");
    expect(wordValue(childNamed(landscape, "pgSz"), "code")).toBe("9");
    // The table fills the landscape text width: 297 mm - 30 mm - 20 mm.
    expect(tableAt(model, 4).gridColumnWidths.reduce((a, b) => a + b, 0)).toBe(14003);
    expect(xml.startsWith(SOURCE.slice(0, SOURCE.indexOf(FINAL_SECTION)))).toBe(true);
  });

  it("in the middle: a copy of the current section before it, a landscape break after it", () => {
    const { xml } = applyAndRead(SOURCE, [insertAfter(0, LANDSCAPE)]);
    expect(shape(xml)).toEqual(["p", "p+sectPr", "sdt", "p+sectPr", "p", "sectPr"]);
    const [portrait, landscape] = sectionBreaks(xml);
    expect(sliceOf(xml, portrait!)).toBe(FINAL_SECTION);
    expectLandscape(landscape!);
    // What follows stays in the original section, whose properties are untouched.
    expect(sliceOf(xml, finalSection(xml))).toBe(FINAL_SECTION);
    expect(xml.endsWith(SOURCE.slice(SOURCE.indexOf(p("Kết thúc"))))).toBe(true);
  });

  it("copies the section it lands in, in a document of several sections", () => {
    const firstSection = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="2000" w:header="400" w:footer="400" w:gutter="0"/></w:sectPr>`;
    const source = documentWithBody(
      p("a") +
        `<w:p><w:pPr>${firstSection}</w:pPr><w:r><w:t>b</w:t></w:r></w:p>` +
        p("c") +
        FINAL_SECTION
    );
    const { xml } = applyAndRead(source, [insertAfter(0, LANDSCAPE)]);
    const [portrait, landscape, first] = sectionBreaks(xml);
    expect(sliceOf(xml, portrait!)).toBe(firstSection);
    expect(sliceOf(xml, first!)).toBe(firstSection);
    expectLandscape(landscape!, "400", "400");
    // Right after a section break, no second break is needed before the landscape section.
    const { xml: afterBreak } = applyAndRead(source, [insertAfter(1, LANDSCAPE)]);
    expect(shape(afterBreak)).toEqual(["p", "p+sectPr", "sdt", "p+sectPr", "p", "sectPr"]);
    expectLandscape(sectionBreaks(afterBreak)[1]!);
  });

  it("shares one landscape section with the landscape fragment before it, and ends it before a portrait one", () => {
    const { xml } = applyAndRead(SOURCE, [
      insertAtEnd(LANDSCAPE),
      insertAtEnd(LANDSCAPE),
      insertAtEnd(PORTRAIT),
    ]);
    expect(shape(xml)).toEqual(["p", "p", "p+sectPr", "sdt", "sdt", "p+sectPr", "p", "sectPr"]);
    expectLandscape(sectionBreaks(xml)[1]!);
    expect(sliceOf(xml, finalSection(xml))).toBe(FINAL_SECTION);
  });

  it("in a document without section properties: the decree's A4 portrait before, landscape last", () => {
    const source = documentWithBody(p("Mở đầu"));
    const { xml } = applyAndRead(source, [insertAtEnd(LANDSCAPE)]);
    expect(shape(xml)).toEqual(["p", "p+sectPr", "sdt", "p", "sectPr"]);
    const portrait = sectionBreaks(xml)[0]!;
    expect(wordValue(childNamed(portrait, "pgSz"), "w")).toBe("11906");
    expect(wordValue(childNamed(portrait, "pgMar"), "left")).toBe("1701");
    expectLandscape(finalSection(xml), "709", "709");
  });

  it("in an empty document: no portrait section before it", () => {
    const { xml } = applyAndRead(documentWithBody(FINAL_SECTION), [insertAtEnd(LANDSCAPE)]);
    expect(shape(xml)).toEqual(["sdt", "p", "sectPr"]);
  });

  it("carries section breaks, and ends the body after a table, in paragraphs one point tall", () => {
    // A full-height paragraph after a table that fills its page would make a blank page.
    const { xml } = applyAndRead(SOURCE, [insertAfter(0, LANDSCAPE), insertAtEnd(LANDSCAPE)]);
    const spacers = bodyChildren(xml).filter(
      (child) => child.localName === "p" && (sectionOf(child) || !wordElements(child, "r").length)
    );
    expect(spacers.length).toBeGreaterThanOrEqual(4);
    for (const paragraph of spacers.slice(-4)) {
      const spacing = wordElements(paragraph, "spacing")[0];
      expect([wordValue(spacing, "line"), wordValue(spacing, "lineRule")]).toEqual(["20", "exact"]);
      expect(wordValue(wordElements(paragraph, "sz")[0])).toBe("2");
    }
  });

  it("never puts a section break inside its content control", () => {
    const { xml } = applyAndRead(SOURCE, [insertAfter(0, LANDSCAPE)]);
    for (const control of wordElements(xml, "sdt")) {
      expect(wordElements(control, "sectPr")).toHaveLength(0);
    }
  });
});

describe("a document that binds WordprocessingML to another prefix", () => {
  it("gets inserted elements that declare the w prefix themselves", () => {
    const source = `<document xmlns="${W_NAMESPACE}"><body><p><r><t>Mở đầu</t></r></p><sectPr><pgSz w:w="11906" w:h="16838" xmlns:w="${W_NAMESPACE}"/></sectPr></body></document>`;
    const { xml, model } = applyAndRead(source, [insertAtEnd(LANDSCAPE)]);
    expect(model.blocks.map((block) => block.kind)).toEqual([
      "paragraph",
      "paragraph",
      "paragraph",
      "table",
      "paragraph",
    ]);
    expect(readDocumentXml(xml).model.blocks[3]).toMatchObject({
      contentControlTag: "kdcl-appendix",
    });
    expect(xml.startsWith(source.slice(0, source.indexOf("<sectPr>")))).toBe(true);
  });
});
