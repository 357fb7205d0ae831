import { applyEditsToDocumentXml, readDocumentXml } from "../../../src/ooxml";
import { documentXml, p, tbl, tc } from "../documents";
import { smallTable, tableAt, wordElements, wordValue } from "./helpers";

const OLD_TABLE = tbl(`<w:tr>${tc(p("cũ"))}</w:tr>`);
const OTHER_TABLE = tbl(`<w:tr>${tc(p("khác"))}</w:tr>`);

function wrapped(tag: string, content: string): string {
  return `<w:sdt><w:sdtPr><w:alias w:val="${tag}"/><w:tag w:val="${tag}"/><w:id w:val="7"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

describe("replacing a table", () => {
  it("replaces exactly the table's markup, fitted to its section", () => {
    const source = documentXml(p("trước") + OLD_TABLE + p("giữa") + OTHER_TABLE + p("sau"));
    const xml = applyEditsToDocumentXml(source, [
      { kind: "replaceTable", tableIndex: 0, table: smallTable() },
    ]);
    const at = source.indexOf(OLD_TABLE);
    expect(xml.slice(0, at)).toBe(source.slice(0, at));
    expect(xml.endsWith(source.slice(at + OLD_TABLE.length))).toBe(true);
    const model = readDocumentXml(xml).model;
    expect(tableAt(model, 1).rows).toHaveLength(4);
    expect(tableAt(model, 1).gridColumnWidths.reduce((a, b) => a + b, 0)).toBe(9071);
    expect(tableAt(model, 3).rows[0]!.cells[0]!.text).toBe("khác");
  });

  it("keeps the content control around the table, and its tag", () => {
    const source = documentXml(p("trước") + wrapped("kdcl-appendix-table", OLD_TABLE) + p("sau"));
    const xml = applyEditsToDocumentXml(source, [
      {
        kind: "replaceTable",
        tableIndex: 0,
        table: smallTable({ marker: "kdcl-appendix-table" }),
      },
    ]);
    const { model, sourceMap } = readDocumentXml(xml);
    expect(sourceMap.contentControls).toHaveLength(1);
    expect(tableAt(model, 1)).toMatchObject({ contentControlTag: "kdcl-appendix-table" });
    expect(xml.slice(0, xml.indexOf("<w:tbl>"))).toBe(source.slice(0, source.indexOf("<w:tbl>")));
  });

  it("adds a content control for a marker when the table had none", () => {
    const source = documentXml(p("trước") + OLD_TABLE);
    const xml = applyEditsToDocumentXml(source, [
      { kind: "replaceTable", tableIndex: 0, table: smallTable({ marker: "kdcl-plan" }) },
    ]);
    expect(tableAt(readDocumentXml(xml).model, 1).contentControlTag).toBe("kdcl-plan");
    expect(wordValue(wordElements(xml, "tag")[0])).toBe("kdcl-plan");
  });

  it("refuses a table that does not exist, and a second edit of the same table", () => {
    const source = documentXml(OLD_TABLE);
    expect(() =>
      applyEditsToDocumentXml(source, [
        { kind: "replaceTable", tableIndex: 1, table: smallTable() },
      ])
    ).toThrow(expect.objectContaining({ code: "not-found" }));
    expect(() =>
      applyEditsToDocumentXml(source, [
        { kind: "replaceTable", tableIndex: 0, table: smallTable() },
        {
          kind: "insertRows",
          tableIndex: 0,
          afterRowIndex: 0,
          rows: [{ kind: "data", cells: [{ paragraphs: [] }] }],
        },
      ])
    ).toThrow(expect.objectContaining({ code: "conflict" }));
  });
});
