import { DECREE_30_PORTRAIT_TEXT_WIDTH, readDocumentXml, renderTable } from "../../../src/ooxml";
import { documentXml, p } from "../documents";
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

const DOCUMENT = documentXml(p("Kế hoạch"));

function insertTable(spec = smallTable()) {
  return applyAndRead(DOCUMENT, [insertAtEnd(fragmentOf(spec))]);
}

describe("a table from the spec", () => {
  it("reads back with its rows, texts, spans and header rows", () => {
    const { model } = insertTable();
    const table = tableAt(model, 1);
    expect(table.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ["TT", "Nội dung", "Thời gian"],
      ["Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"],
      ["1", "Rà soát hồ sơ", "9/2025"],
      ["2", "Kiểm tra nội bộ", "Cả năm"],
    ]);
    expect(table.rows.map((r) => r.repeatsAsHeader)).toEqual([true, false, false, false]);
    expect(table.rows[1]!.cells[0]).toMatchObject({ gridColumn: 0, gridSpan: 3 });
  });

  it("marks header rows as repeated and unsplittable, group rows unsplittable, data rows neither", () => {
    const { xml } = insertTable();
    const rows = wordElements(xml, "tr").map((tr) => childNamed(tr, "trPr"));
    const marks = rows.map((trPr) =>
      ["tblHeader", "cantSplit"].filter((name) => childNamed(trPr, name))
    );
    expect(marks).toEqual([["tblHeader", "cantSplit"], ["cantSplit"], [], []]);
  });

  it("writes vertical merges and spans exactly as the spec states them", () => {
    const spec = smallTable({
      columnWeights: [1, 1, 1, 1],
      headerRows: [
        row(
          "header",
          cell("TT", { verticalMerge: "restart" }),
          cell("Kế hoạch", { span: 2 }),
          cell("Ghi chú", { verticalMerge: "restart" })
        ),
        row(
          "header",
          { paragraphs: [], verticalMerge: "continue" },
          cell("Đầu năm"),
          cell("Điều chỉnh"),
          { paragraphs: [], verticalMerge: "continue" }
        ),
      ],
      bodyRows: [row("data", cell("1"), cell("a"), cell("b"), cell("c"))],
    });
    const table = tableAt(insertTable(spec).model, 1);
    const layout = table.rows.map((r) =>
      r.cells.map((c) => `${c.gridColumn}+${c.gridSpan}:${c.verticalMerge}`)
    );
    expect(layout).toEqual([
      ["0+1:restart", "1+2:none", "3+1:restart"],
      ["0+1:continue", "1+1:none", "2+1:none", "3+1:continue"],
      ["0+1:none", "1+1:none", "2+1:none", "3+1:none"],
    ]);
    expect(table.rows.slice(0, 2).every((r) => r.repeatsAsHeader)).toBe(true);
  });

  it("fits the text width of an A4 portrait page with the decree's margins, columns by weight", () => {
    const table = tableAt(insertTable().model, 1);
    expect(DECREE_30_PORTRAIT_TEXT_WIDTH).toBe(9071);
    expect(table.gridColumnWidths.reduce((a, b) => a + b, 0)).toBe(9071);
    expect(table.gridColumnWidths).toEqual([1512, 4535, 3024]);
  });

  it("fits the document's own text width when its section states margins", () => {
    const body = `${p("x")}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="567" w:right="567" w:bottom="567" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>`;
    const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    const { xml: written, model } = applyAndRead(xml, [insertAtEnd(fragmentOf(smallTable()))]);
    expect(tableAt(model, 1).gridColumnWidths.reduce((a, b) => a + b, 0)).toBe(10205);
    expect(wordValue(wordElements(written, "tblW")[0], "w")).toBe("10205");
  });

  it("has a fixed layout, its width in twips, and single borders on every side and inside", () => {
    const xml = renderTable(smallTable(), { textWidthTwips: 9071 });
    const properties = wordElements(xml, "tblPr")[0]!;
    expect(wordValue(childNamed(properties, "tblLayout"), "type")).toBe("fixed");
    expect(wordValue(childNamed(properties, "tblW"), "w")).toBe("9071");
    expect(wordValue(childNamed(properties, "tblW"), "type")).toBe("dxa");
    const borders = childNamed(properties, "tblBorders")!;
    const sides = ["top", "left", "bottom", "right", "insideH", "insideV"];
    expect(sides.map((side) => wordValue(childNamed(borders, side)))).toEqual(
      sides.map(() => "single")
    );
    // Every cell's width is the sum of the grid columns it spans.
    const widths = wordElements(xml, "tcW").map((w) => Number(wordValue(w, "w")));
    expect(widths).toEqual([1512, 4535, 3024, 9071, 1512, 4535, 3024, 1512, 4535, 3024]);
  });

  it("sets Times New Roman on every run and 12 pt table text, or the spec's size", () => {
    for (const [sizePt, halfPoints] of [
      [undefined, "24"],
      [11, "22"],
      [10.5, "21"],
    ] as const) {
      const xml = renderTable(smallTable({ sizePt }), { textWidthTwips: 9071 });
      const runProperties = wordElements(xml, "r").map((r) => childNamed(r, "rPr")!);
      expect(runProperties.length).toBe(10);
      for (const properties of runProperties) {
        const fonts = childNamed(properties, "rFonts");
        for (const script of ["ascii", "hAnsi", "cs", "eastAsia"]) {
          expect(wordValue(fonts, script)).toBe("Times New Roman");
        }
        expect(wordValue(childNamed(properties, "sz"))).toBe(halfPoints);
        expect(wordValue(childNamed(properties, "szCs"))).toBe(halfPoints);
      }
    }
  });

  it("makes header and group rows bold, group rows lightly shaded, data rows plain", () => {
    const xml = renderTable(smallTable(), { textWidthTwips: 9071 });
    const table = tableAt(readDocumentXml(documentXml(xml)).model, 0);
    expect(table.rows.map((r) => r.cells.every((c) => c.paragraphs[0]!.bold))).toEqual([
      true,
      true,
      false,
      false,
    ]);
    const fills = wordElements(xml, "tc").map((tc) =>
      wordValue(childNamed(childNamed(tc, "tcPr"), "shd"), "fill")
    );
    expect(fills).toEqual([undefined, undefined, undefined, "F2F2F2", ...Array(6).fill(undefined)]);
  });

  it("lets the spec override bold, shading and alignment cell by cell", () => {
    const spec = smallTable({
      bodyRows: [
        row(
          "group",
          cell([{ text: "Không đậm", bold: false }], { shaded: false, span: 2 }),
          cell("x")
        ),
        row(
          "data",
          cell([{ text: "Đậm", bold: true }], { shaded: true, alignment: "right" }),
          cell([{ text: "Nghiêng", italic: true }], { verticalAlignment: "center" }),
          cell("z", { alignment: "justify" })
        ),
      ],
    });
    const xml = renderTable(spec, { textWidthTwips: 9071 });
    const table = tableAt(readDocumentXml(documentXml(xml)).model, 0);
    expect(table.rows[1]!.cells.map((c) => c.paragraphs[0]!.bold)).toEqual([false, true]);
    expect(table.rows[2]!.cells.map((c) => c.paragraphs[0]!.bold)).toEqual([true, false, false]);
    expect(table.rows[2]!.cells.map((c) => c.paragraphs[0]!.alignment)).toEqual([
      "right",
      undefined,
      "justify",
    ]);
    const cells = wordElements(xml, "tc");
    const cellProperty = (index: number, name: string, attribute = "val") =>
      wordValue(childNamed(childNamed(cells[index], "tcPr"), name), attribute);
    expect(cellProperty(3, "shd", "fill")).toBeUndefined();
    expect(cellProperty(5, "shd", "fill")).toBe("F2F2F2");
    expect(cellProperty(6, "vAlign")).toBe("center");
    expect(wordElements(xml, "i")).toHaveLength(1);
    // Header cells are centred, horizontally and vertically.
    expect(table.rows[0]!.cells.map((c) => c.paragraphs[0]!.alignment)).toEqual([
      "center",
      "center",
      "center",
    ]);
    expect(cellProperty(0, "vAlign")).toBe("center");
  });

  it("gives table paragraphs no space around them, single line spacing and no indent", () => {
    const xml = renderTable(smallTable(), { textWidthTwips: 9071 });
    for (const paragraph of wordElements(xml, "p")) {
      const properties = childNamed(paragraph, "pPr");
      const spacing = childNamed(properties, "spacing");
      expect([wordValue(spacing, "before"), wordValue(spacing, "after")]).toEqual(["0", "0"]);
      expect([wordValue(spacing, "line"), wordValue(spacing, "lineRule")]).toEqual(["240", "auto"]);
      expect(wordValue(childNamed(properties, "ind"), "firstLine")).toBe("0");
    }
  });

  it("fills a row shorter than the grid with w:gridAfter, and refuses a row wider than it", () => {
    const short = renderTable(smallTable({ bodyRows: [row("data", cell("1"), cell("2"))] }), {
      textWidthTwips: 9071,
    });
    expect(wordValue(wordElements(short, "gridAfter")[0])).toBe("1");
    expect(() =>
      renderTable(smallTable({ bodyRows: [row("data", cell("1"), cell("2", { span: 3 }))] }), {
        textWidthTwips: 9071,
      })
    ).toThrow(expect.objectContaining({ code: "invalid-spec" }));
  });

  it("refuses column weights and sizes it cannot render", () => {
    const layout = { textWidthTwips: 9071 };
    for (const columnWeights of [[], [1, 0], [1, -2], [Number.NaN]]) {
      expect(() => renderTable(smallTable({ columnWeights }), layout)).toThrow(
        expect.objectContaining({ code: "invalid-spec" })
      );
    }
    expect(() => renderTable(smallTable({ sizePt: 0 }), layout)).toThrow(
      expect.objectContaining({ code: "invalid-spec" })
    );
    expect(() =>
      renderTable(smallTable({ bodyRows: [row("data", cell("1", { span: 1.5 }))] }), layout)
    ).toThrow(expect.objectContaining({ code: "invalid-spec" }));
  });
});
