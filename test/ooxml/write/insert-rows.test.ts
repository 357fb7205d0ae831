import type { DocumentEdit } from "../../../src/core/edits/edit";
import type { RowSpec } from "../../../src/core/edits/spec";
import type { TableBlock } from "../../../src/core/model/document";
import { applyEditsToDocumentXml, readDocumentXml, type XmlElement } from "../../../src/ooxml";
import { documentXml, p, tbl, tc } from "../documents";
import { fixtureParts } from "../fixtures";
import { cell, childNamed, row, sliceOf, tableAt, wordElements, wordValue } from "./helpers";

function insertRows(
  tableIndex: number,
  afterRowIndex: number,
  rows: RowSpec[],
  formatLikeRowIndex?: number
): DocumentEdit {
  return { kind: "insertRows", tableIndex, afterRowIndex, rows, formatLikeRowIndex };
}

function layout(table: TableBlock, rowIndex: number): string[] {
  return table.rows[rowIndex]!.cells.map(
    (c) => `${c.gridColumn}+${c.gridSpan}${c.verticalMerge === "none" ? "" : ":" + c.verticalMerge}`
  );
}

/** The `w:tr` elements of the n-th table, in order. */
function rowElements(xml: string, tableIndex: number): XmlElement[] {
  return wordElements(wordElements(xml, "tbl")[tableIndex]!, "tr");
}

function cellProperty(cellElement: XmlElement, name: string): XmlElement | undefined {
  return childNamed(childNamed(cellElement, "tcPr"), name);
}

const NINE_CELLS = row(
  "data",
  ...["3", "Tiêu chí 2.4: Mới", "Kết quả", "Giải pháp", "HT", "9/2022", "", "", ""].map((text) =>
    cell(text)
  )
);
const GROUP_ONE_EIGHT = row("group", cell("3"), cell("Tiêu chuẩn 4: Mới", { span: 8 }));
const GROUP_WHOLE = row("group", cell("MỨC 4"));

describe("inserting rows into the preschool plan table (mn-pom-lot-2021, table 0)", () => {
  let source: string;
  let xml: string;
  beforeAll(async () => {
    source = (await fixtureParts("mn-pom-lot-2021")).get("word/document.xml")!;
    xml = applyEditsToDocumentXml(source, [
      insertRows(0, 3, [NINE_CELLS, GROUP_ONE_EIGHT, GROUP_WHOLE]),
    ]);
  });

  it("puts the rows after row 3, laid on the table's grid", () => {
    const before = tableAt(readDocumentXml(source).model, 10);
    const after = tableAt(readDocumentXml(xml).model, 10);
    expect(after.rows).toHaveLength(before.rows.length + 3);
    expect(after.rows.slice(4, 7).map((r) => r.cells.map((c) => c.text))).toEqual([
      ["3", "Tiêu chí 2.4: Mới", "Kết quả", "Giải pháp", "HT", "9/2022", "", "", ""],
      ["3", "Tiêu chuẩn 4: Mới"],
      ["MỨC 4"],
    ]);
    expect(layout(after, 4)).toEqual(Array.from({ length: 9 }, (_, c) => `${c}+1`));
    expect(layout(after, 5)).toEqual(["0+1", "1+8"]);
    expect(layout(after, 6)).toEqual(["0+9"]);
  });

  it("leaves every other row, table and paragraph byte-identical", () => {
    const before = readDocumentXml(source).sourceMap;
    const after = readDocumentXml(xml).sourceMap;
    before.blocks.forEach((range, index) => {
      if (index === 10) return;
      expect(xml.slice(after.blocks[index]!.start, after.blocks[index]!.end)).toBe(
        source.slice(range.start, range.end)
      );
    });
    const rowsBefore = before.tables[0]!.rows;
    const rowsAfter = after.tables[0]!.rows;
    rowsBefore.forEach((range, index) => {
      const moved = rowsAfter[index <= 3 ? index : index + 3]!;
      expect(xml.slice(moved.start, moved.end)).toBe(source.slice(range.start, range.end));
    });
    const at = rowsBefore[3]!.end;
    expect(xml.slice(0, at)).toBe(source.slice(0, at));
    expect(xml.slice(xml.length - (source.length - at))).toBe(source.slice(at));
  });

  it("formats a data row like the data row it follows: borders, widths, paragraph and run", () => {
    const rows = rowElements(xml, 0);
    const template = wordElements(rows[3]!, "tc");
    const added = wordElements(rows[4]!, "tc");
    added.forEach((cellElement, index) => {
      const model = template[index]!;
      for (const name of ["tcW", "tcBorders"]) {
        expect(sliceOf(xml, cellProperty(cellElement, name)!)).toBe(
          sliceOf(source, cellProperty(model, name)!)
        );
      }
      const [addedParagraph] = wordElements(cellElement, "p");
      const [modelParagraph] = wordElements(model, "p");
      expect(sliceOf(xml, childNamed(addedParagraph, "pPr")!)).toBe(
        sliceOf(source, childNamed(modelParagraph, "pPr")!)
      );
    });
    const addedRun = wordElements(added[1]!, "r")[0]!;
    const modelRun = wordElements(template[1]!, "r")[0]!;
    expect(sliceOf(xml, childNamed(addedRun, "rPr")!)).toBe(
      sliceOf(source, childNamed(modelRun, "rPr")!)
    );
  });

  it("formats group rows like the table's nearest group row, widths summed over the grid", () => {
    const rows = rowElements(xml, 0);
    const groupTemplate = wordElements(rows[7]!, "tc"); // the old row 4, a "1 · Tiêu chuẩn 3" row
    const [number, title] = wordElements(rows[5]!, "tc");
    expect(sliceOf(xml, cellProperty(number!, "tcBorders")!)).toBe(
      sliceOf(xml, cellProperty(groupTemplate[0]!, "tcBorders")!)
    );
    expect(wordValue(cellProperty(title!, "gridSpan"))).toBe("8");
    expect(wordValue(cellProperty(title!, "tcW"), "w")).toBe("9751");
    const [whole] = wordElements(rows[6]!, "tc");
    expect(wordValue(cellProperty(whole!, "gridSpan"))).toBe("9");
    expect(wordValue(cellProperty(whole!, "tcW"), "w")).toBe("10205");
    // The school's group rows are bold; so are ours.
    const model = tableAt(readDocumentXml(xml).model, 10);
    expect(model.rows[5]!.cells[1]!.paragraphs[0]!.bold).toBe(true);
  });

  it("copies another row's formatting when asked to", () => {
    const edited = applyEditsToDocumentXml(source, [
      insertRows(0, 3, [row("data", ...Array.from({ length: 9 }, () => cell("x")))], 0),
    ]);
    const model = tableAt(readDocumentXml(edited).model, 10);
    // Row 0 is the bold header: the new row is bold like it.
    expect(model.rows[4]!.cells.every((c) => c.paragraphs[0]!.bold)).toBe(true);
  });
});

describe("inserting rows: merges and overrides", () => {
  it("never continues a vertical merge it copied; writes the spec's own merges", async () => {
    const source = (await fixtureParts("mn-pom-lot-2021")).get("word/document.xml")!;
    const before = tableAt(readDocumentXml(source).model, 23);
    expect(layout(before, 0)).toEqual(["0+1:restart", "1+1:restart", "2+2", "4+2", "6+1:restart"]);
    const spec = (merge?: "restart" | "continue") =>
      row(
        "data",
        cell("a", { verticalMerge: merge }),
        cell("b"),
        cell("c", { span: 2 }),
        cell("d", { span: 2 }),
        cell("e")
      );
    const xml = applyEditsToDocumentXml(source, [
      insertRows(1, 0, [spec(), spec("restart"), spec("continue")], 0),
    ]);
    const after = tableAt(readDocumentXml(xml).model, 23);
    expect(layout(after, 1)).toEqual(["0+1", "1+1", "2+2", "4+2", "6+1"]);
    expect(layout(after, 2)).toEqual(["0+1:restart", "1+1", "2+2", "4+2", "6+1"]);
    expect(layout(after, 3)).toEqual(["0+1:continue", "1+1", "2+2", "4+2", "6+1"]);
  });

  const TEMPLATE_ROW =
    `<w:tr><w:tblPrEx><w:tblBorders><w:top w:val="single" w:sz="8"/></w:tblBorders></w:tblPrEx>` +
    `<w:trPr><w:cnfStyle w:val="000000100000"/><w:trHeight w:val="300" w:hRule="exact"/><w:tblHeader/><w:hidden/></w:trPr>` +
    tc(
      `<w:p><w:pPr><w:pStyle w:val="TableContents"/><w:jc w:val="left"/><w:rPr><w:ins w:id="1" w:author="a" w:date="2021-01-01T00:00:00Z"/><w:b/></w:rPr><w:pPrChange w:id="2" w:author="a" w:date="2021-01-01T00:00:00Z"><w:pPr/></w:pPrChange></w:pPr>` +
        `<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:vanish/><w:sz w:val="20"/><w:rPrChange w:id="3" w:author="a" w:date="2021-01-01T00:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>1</w:t></w:r></w:p>`,
      `<w:tcW w:w="1000" w:type="dxa"/><w:vMerge w:val="restart"/><w:tcBorders><w:left w:val="double" w:sz="4"/></w:tcBorders><w:shd w:val="clear" w:fill="FFFF00"/><w:tcPrChange w:id="4" w:author="a" w:date="2021-01-01T00:00:00Z"><w:tcPr/></w:tcPrChange>`
    ) +
    tc(p("Nội dung"), `<w:tcW w:w="2000" w:type="dxa"/><w:gridSpan w:val="2"/>`) +
    tc(p("Ghi chú"), `<w:tcW w:w="1000" w:type="dxa"/>`) +
    `</w:tr>`;
  const SOURCE = documentXml(tbl(TEMPLATE_ROW, [1000, 1000, 1000, 1000]));

  it("leaves out tracked changes, hidden text and rows, exact heights and the header mark", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [
      insertRows(0, 0, [row("data", cell("2"), cell("Mới"), cell(""))]),
    ]);
    const added = rowElements(xml, 0)[1]!;
    const names = (element: XmlElement | undefined) =>
      element!.children.flatMap((child) => (child.kind === "element" ? [child.localName] : []));
    expect(names(childNamed(added, "trPr"))).toEqual(["cnfStyle"]);
    expect(sliceOf(xml, childNamed(added, "tblPrEx")!)).toContain(
      `<w:top w:val="single" w:sz="8"/>`
    );
    const [first] = wordElements(added, "tc");
    expect(names(childNamed(first, "tcPr"))).toEqual(["tcW", "tcBorders", "shd"]);
    const [paragraph] = wordElements(first!, "p");
    expect(names(childNamed(paragraph, "pPr"))).toEqual(["pStyle", "jc", "rPr"]);
    expect(names(childNamed(childNamed(paragraph, "pPr"), "rPr"))).toEqual(["b"]);
    expect(names(childNamed(wordElements(paragraph!, "r")[0], "rPr"))).toEqual(["rFonts", "sz"]);
    expect(tableAt(readDocumentXml(xml).model, 0).rows[1]!.repeatsAsHeader).toBe(false);
  });

  it("keeps the header mark for a header row, and applies the spec's emphasis, fill and alignment", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [
      insertRows(0, 0, [
        row(
          "header",
          cell([{ text: "đậm", bold: true }], { shaded: false, alignment: "center" }),
          cell([{ text: "nghiêng", italic: true }], { shaded: true, verticalAlignment: "center" }),
          cell([{ text: "thường", bold: false }])
        ),
      ]),
    ]);
    const table = tableAt(readDocumentXml(xml).model, 0);
    expect(table.rows[1]!.repeatsAsHeader).toBe(true);
    expect(table.rows[1]!.cells.map((c) => c.paragraphs[0]!.bold)).toEqual([true, false, false]);
    expect(table.rows[1]!.cells[0]!.paragraphs[0]!.alignment).toBe("center");
    const cells = wordElements(rowElements(xml, 0)[1]!, "tc");
    expect(cellProperty(cells[0]!, "shd")).toBeUndefined();
    expect(wordValue(cellProperty(cells[1]!, "shd"), "fill")).toBe("F2F2F2");
    expect(wordValue(cellProperty(cells[1]!, "vAlign"))).toBe("center");
    expect(wordElements(cells[1]!, "i")).toHaveLength(1);
    expect(sliceOf(xml, wordElements(cells[2]!, "b")[0]!)).toBe(`<w:b w:val="0"/>`);
  });

  it("lays cells one per template cell when the spec counts visible columns, not grid columns", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [
      insertRows(0, 0, [row("data", cell("2"), cell("b"), cell("c"))]),
    ]);
    const table = tableAt(readDocumentXml(xml).model, 0);
    expect(layout(table, 1)).toEqual(["0+1", "1+2", "3+1"]);
    expect(wordElements(rowElements(xml, 0)[1]!, "tcW").map((w) => wordValue(w, "w"))).toEqual([
      "1000",
      "2000",
      "1000",
    ]);
  });

  it("refuses a row that fits neither the grid nor the template row", () => {
    expect(() =>
      applyEditsToDocumentXml(SOURCE, [insertRows(0, 0, [row("data", cell("a"), cell("b"))])])
    ).toThrow(expect.objectContaining({ code: "invalid-spec", editIndex: 0 }));
  });

  it("starts a whole-row cell after the template row's w:gridBefore", () => {
    const source = documentXml(
      tbl(
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc(p("a"))}${tc(p("b"))}</w:tr>`,
        [500, 1000, 1500]
      )
    );
    const xml = applyEditsToDocumentXml(source, [insertRows(0, 0, [row("group", cell("Nhóm"))])]);
    expect(layout(tableAt(readDocumentXml(xml).model, 0), 1)).toEqual(["1+2"]);
  });

  it("keeps the order of edits adding rows after the same row, and adds nothing for no rows", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [
      insertRows(0, 0, [row("data", cell("một"), cell(""), cell(""))]),
      insertRows(0, 0, []),
      insertRows(0, 0, [row("data", cell("hai"), cell(""), cell(""))]),
    ]);
    const table = tableAt(readDocumentXml(xml).model, 0);
    expect(table.rows.map((r) => r.cells[0]!.text)).toEqual(["1", "một", "hai"]);
    expect(applyEditsToDocumentXml(SOURCE, [insertRows(0, 0, [])])).toBe(SOURCE);
  });

  it("refuses tables and rows that do not exist", () => {
    const one = [row("data", cell("a"), cell("b"), cell("c"))];
    for (const edit of [
      insertRows(1, 0, one),
      insertRows(-1, 0, one),
      insertRows(0, 1, one),
      insertRows(0, -1, one),
      insertRows(0, 0, one, 3),
    ]) {
      expect(() => applyEditsToDocumentXml(SOURCE, [edit])).toThrow(
        expect.objectContaining({ code: "not-found", editIndex: 0 })
      );
    }
  });
});
