import type { DocumentEdit } from "../../../src/core/edits/edit";
import type { CellLocation } from "../../../src/core/model/document";
import { applyEditsToDocumentXml, readDocumentXml } from "../../../src/ooxml";
import { documentXml, p, tbl, tc } from "../documents";
import { fixtureParts } from "../fixtures";
import { childNamed, sliceOf, tableAt, wordElements } from "./helpers";

function setCellText(cell: CellLocation, expectedText: string, text: string): DocumentEdit {
  return { kind: "setCellText", cell, expectedText, text };
}

const FORMATTED_CELL = tc(
  `<w:p><w:pPr><w:pStyle w:val="TableContents"/><w:jc w:val="center"/></w:pPr><w:bookmarkStart w:id="0" w:name="dau"/>` +
    `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:i/><w:sz w:val="22"/></w:rPr><w:t>Cả năm</w:t></w:r>` +
    `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> học</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>` +
    `<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:commentRangeStart w:id="5"/><w:r><w:t>dòng 2</w:t></w:r><w:commentRangeEnd w:id="5"/></w:p>`,
  `<w:tcW w:w="2000" w:type="dxa"/><w:shd w:val="clear" w:fill="EEEEEE"/>`
);
const SOURCE = documentXml(
  p("trước") +
    tbl(`<w:tr>${tc(p("TT"))}${FORMATTED_CELL}</w:tr><w:tr>${tc(p("1"))}${tc(p("x"))}</w:tr>`) +
    p("sau")
);
const CELL: CellLocation = { tableIndex: 0, rowIndex: 0, cellIndex: 1 };

describe("setting a cell's text", () => {
  it("replaces the text, one paragraph per line, keeping the first paragraph's and run's formatting", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [
      setCellText(CELL, "Cả năm học\ndòng 2", "9/2025 – 5/2026\r\nHT, PHT\tTổ CM"),
    ]);
    const table = tableAt(readDocumentXml(xml).model, 1);
    expect(table.rows[0]!.cells[1]!.text).toBe("9/2025 – 5/2026\nHT, PHT\tTổ CM");
    expect(table.rows[0]!.cells[1]!.paragraphs.map((paragraph) => paragraph.alignment)).toEqual([
      "center",
      "center",
    ]);
    const cell = wordElements(xml, "tc")[1]!;
    expect(sliceOf(xml, childNamed(cell, "tcPr")!)).toBe(
      `<w:tcPr><w:tcW w:w="2000" w:type="dxa"/><w:shd w:val="clear" w:fill="EEEEEE"/></w:tcPr>`
    );
    for (const run of wordElements(cell, "r")) {
      expect(sliceOf(xml, childNamed(run, "rPr")!)).toBe(
        `<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:i/><w:sz w:val="22"/></w:rPr>`
      );
    }
  });

  it("keeps bookmarks and comment ranges whole, and every other byte as it was", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [setCellText(CELL, "Cả năm học\ndòng 2", "mới")]);
    const cell = wordElements(xml, "tc")[1]!;
    const markers = wordElements(cell, "p")[0]!.children.flatMap((child) =>
      child.kind === "element" && child.localName !== "pPr" && child.localName !== "r"
        ? [child.localName]
        : []
    );
    expect(markers).toEqual([
      "bookmarkStart",
      "bookmarkEnd",
      "commentRangeStart",
      "commentRangeEnd",
    ]);
    const start = SOURCE.indexOf(FORMATTED_CELL);
    expect(xml.slice(0, start)).toBe(SOURCE.slice(0, start));
    expect(xml.endsWith(SOURCE.slice(start + FORMATTED_CELL.length))).toBe(true);
  });

  it("empties a cell with an empty text, leaving one paragraph", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [setCellText(CELL, "Cả năm học\ndòng 2", "")]);
    const cell = tableAt(readDocumentXml(xml).model, 1).rows[0]!.cells[1]!;
    expect(cell.text).toBe("");
    expect(cell.paragraphs).toHaveLength(1);
  });

  it("refuses when the cell no longer holds the expected text, and writes nothing", () => {
    expect(() => applyEditsToDocumentXml(SOURCE, [setCellText(CELL, "Cả năm", "mới")])).toThrow(
      expect.objectContaining({ code: "stale", editIndex: 0 })
    );
  });

  it("refuses cells that do not exist", () => {
    for (const cell of [
      { tableIndex: 1, rowIndex: 0, cellIndex: 0 },
      { tableIndex: 0, rowIndex: 2, cellIndex: 0 },
      { tableIndex: 0, rowIndex: 0, cellIndex: 2 },
      { tableIndex: 0, rowIndex: 0, cellIndex: -1 },
    ]) {
      expect(() => applyEditsToDocumentXml(SOURCE, [setCellText(cell, "", "x")])).toThrow(
        expect.objectContaining({ code: "not-found" })
      );
    }
  });

  it("refuses a cell holding a nested table, and two edits of one cell", () => {
    const nested = documentXml(
      tbl(`<w:tr>${tc(p("ngoài") + tbl(`<w:tr>${tc(p("trong"))}</w:tr>`) + p(""))}</w:tr>`)
    );
    expect(() =>
      applyEditsToDocumentXml(nested, [
        setCellText({ tableIndex: 0, rowIndex: 0, cellIndex: 0 }, "ngoài\n", "x"),
      ])
    ).toThrow(expect.objectContaining({ code: "not-supported" }));
    const other = { tableIndex: 0, rowIndex: 1, cellIndex: 1 };
    expect(() =>
      applyEditsToDocumentXml(SOURCE, [setCellText(other, "x", "a"), setCellText(other, "x", "b")])
    ).toThrow(expect.objectContaining({ code: "conflict", editIndex: 1 }));
  });

  it("puts the text in the first w:tc of a legacy horizontal merge and empties the others", () => {
    const source = documentXml(
      tbl(
        `<w:tr>${tc(p("gộp"), `<w:hMerge w:val="restart"/>`)}${tc(p("thêm"), "<w:hMerge/>")}${tc(p("z"))}</w:tr>`
      )
    );
    const location = { tableIndex: 0, rowIndex: 0, cellIndex: 0 };
    const xml = applyEditsToDocumentXml(source, [setCellText(location, "gộp\nthêm", "một ô")]);
    const row = tableAt(readDocumentXml(xml).model, 0).rows[0]!;
    expect(row.cells.map((cell) => [cell.text, cell.gridSpan])).toEqual([
      ["một ô", 2],
      ["z", 1],
    ]);
  });

  it("edits a fixture's cell and keeps everything else", async () => {
    const source = (await fixtureParts("mn-liem-hai-2025")).get("word/document.xml")!;
    const before = readDocumentXml(source);
    const table = tableAt(before.model, before.sourceMap.tables[0]!.blockIndex);
    const current = table.rows[2]!.cells[2]!.text;
    expect(current).toBe("Cả năm");
    const xml = applyEditsToDocumentXml(source, [
      setCellText({ tableIndex: 0, rowIndex: 2, cellIndex: 2 }, current, "9/2025 – 5/2026"),
    ]);
    const after = readDocumentXml(xml);
    expect(tableAt(after.model, table.blockIndex).rows[2]!.cells[2]!.text).toBe("9/2025 – 5/2026");
    const range = before.sourceMap.tables[0]!.rows[2]!.cells[2]!;
    expect(xml.slice(0, range.start)).toBe(source.slice(0, range.start));
    expect(xml.endsWith(source.slice(range.end))).toBe(true);
  });
});
