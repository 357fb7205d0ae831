import type { TableBlock, TableCell } from "../../../src/core/model/document";
import { readDocumentXml } from "../../../src/ooxml";
import { documentXml, onlyTable, p, r, tables, tbl, tc } from "../documents";

/** gridColumn+gridSpan and merge state of each cell, row by row: compact enough to read. */
function layout(table: TableBlock): string[][] {
  return table.rows.map((row) =>
    row.cells.map(
      (cell) =>
        `${cell.gridColumn}+${cell.gridSpan}${cell.verticalMerge === "none" ? "" : ":" + cell.verticalMerge}`
    )
  );
}

function texts(table: TableBlock): string[][] {
  return table.rows.map((row) => row.cells.map((cell) => cell.text));
}

function readTable(body: string): TableBlock {
  return onlyTable(readDocumentXml(documentXml(body)).model);
}

const restart = `<w:vMerge w:val="restart"/>`;
const cont = `<w:vMerge/>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;

describe("tables", () => {
  it("reads a two-row header with vertical merges and spans", () => {
    const table = readTable(
      tbl(
        `<w:tr>${tc(p("TT"), restart)}${tc(p("Tiêu chuẩn, tiêu chí"), restart)}${tc(p("Kế hoạch"), span(2))}${tc(p("Kết quả"), span(2))}${tc(p("Ghi chú"), restart)}</w:tr>` +
          `<w:tr>${tc(p(""), cont)}${tc(p(""), `<w:vMerge w:val="continue"/>`)}${tc(p("Đầu năm"))}${tc(p("Điều chỉnh"))}${tc(p("Xong"))}${tc(p("Đang làm"))}${tc(p(""), cont)}</w:tr>`,
        [454, 1188, 2411, 1985, 1711, 1535, 921]
      )
    );
    expect(table.gridColumnWidths).toEqual([454, 1188, 2411, 1985, 1711, 1535, 921]);
    expect(layout(table)).toEqual([
      ["0+1:restart", "1+1:restart", "2+2", "4+2", "6+1:restart"],
      ["0+1:continue", "1+1:continue", "2+1", "3+1", "4+1", "5+1", "6+1:continue"],
    ]);
    expect(texts(table)[0]).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "Kế hoạch",
      "Kết quả",
      "Ghi chú",
    ]);
    expect(table.rows.map((row) => row.cells.map((cell) => cell.physicalIndex))).toEqual([
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4, 5, 6],
    ]);
  });

  it("reads group rows spanning all columns or all but the first", () => {
    const table = readTable(
      tbl(
        `<w:tr>${tc(p("MỨC 1, 2, 3"), span(9))}</w:tr>` +
          `<w:tr>${tc(p("1"))}${tc(p("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên"), span(8))}</w:tr>`,
        Array.from({ length: 9 }, () => 1000)
      )
    );
    expect(layout(table)).toEqual([["0+9"], ["0+1", "1+8"]]);
  });

  it("starts cells after w:gridBefore and records w:gridAfter", () => {
    const table = readTable(
      tbl(
        `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="2"/></w:trPr>${tc(p("a"))}${tc(p("b"), span(2))}</w:tr>` +
          `<w:tr><w:trPr><w:gridBefore w:val="x"/></w:trPr>${tc(p("c"))}</w:tr>`
      )
    );
    expect(layout(table)).toEqual([["1+1", "2+2"], ["0+1"]]);
    expect(table.rows.map((row) => [row.gridBefore, row.gridAfter])).toEqual([
      [1, 2],
      [0, 0],
    ]);
  });

  it("combines a legacy w:hMerge group into one cell, as Word shows and counts it", () => {
    const table = readTable(
      tbl(
        `<w:tr>${tc(p("a"), `<w:hMerge w:val="restart"/>`)}${tc(p(""), `<w:hMerge/>`)}${tc(p(""), `<w:hMerge w:val="continue"/>${span(2)}`)}${tc(p("b"))}</w:tr>` +
          `<w:tr>${tc(p("c"), `<w:hMerge w:val="restart"/>`)}${tc(p("d"), `<w:hMerge w:val="continue"/>`)}${tc(p("e"), `<w:hMerge w:val="restart"/>`)}${tc(p("f"), `<w:hMerge/>`)}${tc(p("g"), `<w:hMerge/>`)}</w:tr>` +
          `<w:tr>${tc(p("h"))}${tc(p("i"), `<w:hMerge/>`)}</w:tr>`
      )
    );
    expect(layout(table)).toEqual([
      ["0+4", "4+1"],
      ["0+2", "2+3"],
      ["0+1", "1+1"],
    ]);
    expect(texts(table)).toEqual([
      ["a", "b"],
      ["c\nd", "e\nf\ng"],
      ["h", "i"],
    ]);
    expect(table.rows[0]!.cells.map((cell) => cell.physicalIndex)).toEqual([0, 1]);
  });

  it("reads w:tblHeader, honouring off values", () => {
    const table = readTable(
      tbl(
        `<w:tr><w:trPr><w:tblHeader/></w:trPr>${tc(p("h"))}</w:tr><w:tr><w:trPr><w:tblHeader w:val="false"/></w:trPr>${tc(p("x"))}</w:tr><w:tr>${tc(p("y"))}</w:tr>`
      )
    );
    expect(table.rows.map((row) => row.repeatsAsHeader)).toEqual([true, false, false]);
  });

  it("joins a cell's paragraphs with newlines and keeps their formatting", () => {
    const table = readTable(
      tbl(
        `<w:tr>${tc(`${p("- Xây dựng KH")}<w:p>${r("- Làm tờ trình", "<w:b/>")}</w:p><w:p/>`)}</w:tr>`
      )
    );
    const cell = table.rows[0]!.cells[0]!;
    expect(cell.text).toBe("- Xây dựng KH\n- Làm tờ trình\n");
    expect(cell.paragraphs.map((paragraph) => paragraph.bold)).toEqual([false, true, false]);
  });

  it("reads a cell without paragraphs as empty", () => {
    expect(readTable(tbl(`<w:tr>${tc("")}</w:tr>`)).rows[0]!.cells[0]!.text).toBe("");
  });

  it("keeps nested tables apart from the cell's text and out of the numbering", () => {
    const nested = tbl(`<w:tr>${tc(p("inner 1"))}${tc(p("inner 2"))}</w:tr>`);
    const body =
      tbl(`<w:tr>${tc(`${p("before")}${nested}${p("after")}`)}${tc(p("x"))}</w:tr>`) +
      tbl(`<w:tr>${tc(p("second"))}</w:tr>`);
    const { model } = readDocumentXml(documentXml(body));
    const [outer, second] = tables(model);
    const cell = outer!.rows[0]!.cells[0] as TableCell;
    expect(cell.text).toBe("before\nafter");
    expect(cell.nestedTables).toHaveLength(1);
    const inner = cell.nestedTables[0]!;
    expect([inner.blockIndex, inner.tableIndex]).toEqual([-1, -1]);
    expect(texts(inner)).toEqual([["inner 1", "inner 2"]]);
    expect([second!.blockIndex, second!.tableIndex]).toEqual([1, 1]);
  });

  it("counts rows and cells inside row- and cell-level content controls and custom XML", () => {
    const table = readTable(
      tbl(
        `<w:tr>${tc(p("a"))}<w:sdt><w:sdtPr/><w:sdtContent>${tc(p("b"))}</w:sdtContent></w:sdt><w:customXml w:element="c">${tc(p("c"))}</w:customXml></w:tr>` +
          `<w:sdt><w:sdtPr><w:tag w:val="rows"/></w:sdtPr><w:sdtContent><w:tr>${tc(p("d"))}</w:tr><w:tr>${tc(p("e"))}</w:tr></w:sdtContent></w:sdt>` +
          `<w:customXml w:element="row"><w:tr>${tc(p("f"))}</w:tr></w:customXml><w:tr>${tc(p("g"))}</w:tr>`
      )
    );
    expect(table.rows.map((row) => row.rowIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(texts(table)).toEqual([["a", "b", "c"], ["d"], ["e"], ["f"], ["g"]]);
    expect(layout(table)[0]).toEqual(["0+1", "1+1", "2+1"]);
  });

  it("reads content controls inside cells", () => {
    const table = readTable(
      tbl(
        `<w:tr>${tc(`<w:sdt><w:sdtPr/><w:sdtContent>${p("in control")}</w:sdtContent></w:sdt>`)}</w:tr>`
      )
    );
    expect(table.rows[0]!.cells[0]!.text).toBe("in control");
  });

  it("tags a table wrapped by a body-level content control with the innermost tag", () => {
    const body =
      `<w:sdt><w:sdtPr><w:tag w:val="kdcl-appendix"/></w:sdtPr><w:sdtContent>${p("PHỤ LỤC")}` +
      `<w:sdt><w:sdtPr><w:tag w:val="kdcl-table"/></w:sdtPr><w:sdtContent>${tbl(`<w:tr>${tc(p("a"))}</w:tr>`)}</w:sdtContent></w:sdt>` +
      `${tbl(`<w:tr>${tc(p("b"))}</w:tr>`)}</w:sdtContent></w:sdt>` +
      `<w:sdt><w:sdtPr><w:alias w:val="untagged"/></w:sdtPr><w:sdtContent>${tbl(`<w:tr>${tc(p("c"))}</w:tr>`)}</w:sdtContent></w:sdt>` +
      tbl(`<w:tr>${tc(p("d"))}</w:tr>`);
    const found = tables(readDocumentXml(documentXml(body)).model);
    expect(found.map((table) => table.contentControlTag)).toEqual([
      "kdcl-table",
      "kdcl-appendix",
      undefined,
      undefined,
    ]);
    expect(found.map((table) => [table.blockIndex, table.tableIndex])).toEqual([
      [1, 0],
      [2, 1],
      [3, 2],
      [4, 3],
    ]);
    expect(found.map((table) => "contentControlTag" in table)).toEqual([true, true, false, false]);
  });

  it("reads grid widths given as universal measures and tolerates missing ones", () => {
    const table = readTable(
      `<w:tbl><w:tblGrid><w:gridCol w:w="1in"/><w:gridCol w:w="2.54cm"/><w:gridCol/></w:tblGrid><w:tr>${tc(p("a"))}</w:tr></w:tbl>`
    );
    expect(table.gridColumnWidths).toEqual([1440, 1440, 0]);
  });
});
