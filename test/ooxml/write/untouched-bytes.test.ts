import type { DocumentEdit } from "../../../src/core/edits/edit";
import { applyEditsToDocumentXml, readDocumentXml } from "../../../src/ooxml";
import { fixtureParts, FIXTURE_NAMES } from "../fixtures";
import { cell, fragmentOf, insertAfter, insertAtEnd, row, smallTable } from "./helpers";

/** Edits of every kind a fixture allows: fragments, and rows and a cell text where it has tables. */
function editsFor(documentXml: string): { edits: DocumentEdit[]; editedTables: Set<number> } {
  const { model, sourceMap } = readDocumentXml(documentXml);
  const middle = Math.floor(model.blocks.length / 2);
  const edits: DocumentEdit[] = [
    insertAfter(middle, fragmentOf({ kind: "paragraph", runs: [{ text: "Đoạn chèn giữa" }] })),
    insertAtEnd({ landscape: true, marker: "kdcl-appendix", blocks: [smallTable()] }),
  ];
  const editedTables = new Set<number>();
  const first = sourceMap.tables[0];
  if (first) {
    const table = model.blocks[first.blockIndex];
    if (table?.kind === "table") {
      edits.push({
        kind: "insertRows",
        tableIndex: 0,
        afterRowIndex: 1,
        rows: [row("group", cell("Dòng nhóm chèn"))],
      });
      const target = table.rows[1]!.cells[0]!;
      edits.push({
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 1, cellIndex: 0 },
        expectedText: target.text,
        text: "Ô đã sửa",
      });
      editedTables.add(first.blockIndex);
    }
  }
  return { edits, editedTables };
}

describe.each(FIXTURE_NAMES)("editing %s", (name) => {
  it("leaves every block it did not edit byte-identical, in order", async () => {
    const source = (await fixtureParts(name)).get("word/document.xml")!;
    const { edits, editedTables } = editsFor(source);
    const xml = applyEditsToDocumentXml(source, edits);
    const before = readDocumentXml(source).sourceMap.blocks.map((r) =>
      source.slice(r.start, r.end)
    );
    const after = readDocumentXml(xml).sourceMap.blocks.map((r) => xml.slice(r.start, r.end));
    // Each untouched original block is found, in order, among the new blocks.
    let cursor = 0;
    before.forEach((markup, index) => {
      if (editedTables.has(index)) {
        cursor++;
        return;
      }
      const found = after.indexOf(markup, cursor);
      expect({ index, found: found >= 0 }).toEqual({ index, found: true });
      cursor = found + 1;
    });
    expect(after.length).toBeGreaterThan(before.length);
    // Nothing before the first edited place changed, nor after the last one but the section end.
    const firstEdit = Math.min(
      ...edits.map((edit) => {
        const map = readDocumentXml(source).sourceMap;
        if (edit.kind === "insertFragment" && edit.at.kind === "afterBlock")
          return map.blocks[edit.at.blockIndex]!.end;
        if (edit.kind === "insertFragment") return map.finalSectionProperties!.start;
        return map.tables[0]!.rows[1]!.start;
      })
    );
    expect(xml.slice(0, firstEdit)).toBe(source.slice(0, firstEdit));
    const tail = source.slice(readDocumentXml(source).sourceMap.finalSectionProperties!.end);
    expect(xml.endsWith(tail)).toBe(true);
  });
});
