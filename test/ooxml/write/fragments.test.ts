import type { DocumentEdit } from "../../../src/core/edits/edit";
import {
  applyEditsToDocumentXml,
  ContentControlIds,
  readDocumentXml,
  type OoxmlWriteError,
} from "../../../src/ooxml";
import { documentXml, p, tbl, tc } from "../documents";
import {
  applyAndRead,
  bodyChildren,
  cell,
  childNamed,
  fragmentOf,
  insertAfter,
  insertAtEnd,
  row,
  smallTable,
  wordElements,
  wordValue,
} from "./helpers";

function sdt(tag: string, id: number, content: string): string {
  return `<w:sdt><w:sdtPr><w:tag w:val="${tag}"/><w:id w:val="${id}"/></w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`;
}

const EXISTING_ID = new ContentControlIds().next("kdcl-appendix");

/** Blocks: 0 "Mở đầu", 1 "Trong khung" (in someone's content control), 2 a table, 3 "Kết thúc". */
const SOURCE = documentXml(
  p("Mở đầu") +
    sdt("của người khác", EXISTING_ID, p("Trong khung")) +
    tbl(`<w:tr>${tc(p("TT"))}${tc(p("Nội dung"))}</w:tr>`) +
    p("Kết thúc")
);
const ORIGINAL = readDocumentXml(SOURCE);

const HEADING = fragmentOf({ kind: "paragraph", runs: [{ text: "PHỤ LỤC", bold: true }] });
const TABLE_ONLY = fragmentOf(smallTable());

function texts(xml: string): string[] {
  return readDocumentXml(xml).model.blocks.map((block) =>
    block.kind === "paragraph" ? block.text : `[table ${block.rows.length}]`
  );
}

/** Every original block's markup, in order, found unchanged in the result. */
function expectOriginalBlocksUnchanged(xml: string, insertedBefore: (index: number) => number) {
  const after = readDocumentXml(xml).sourceMap.blocks;
  ORIGINAL.sourceMap.blocks.forEach((range, index) => {
    const moved = after[index + insertedBefore(index)]!;
    expect(xml.slice(moved.start, moved.end)).toBe(SOURCE.slice(range.start, range.end));
  });
}

describe("inserting a fragment", () => {
  it("after a block: the new blocks follow it, everything else is unchanged", () => {
    const { xml } = applyAndRead(SOURCE, [insertAfter(0, HEADING)]);
    expect(texts(xml)).toEqual(["Mở đầu", "PHỤ LỤC", "Trong khung", "[table 1]", "Kết thúc"]);
    expectOriginalBlocksUnchanged(xml, (index) => (index >= 1 ? 1 : 0));
    const at = ORIGINAL.sourceMap.blocks[0]!.end;
    expect(xml.slice(0, at)).toBe(SOURCE.slice(0, at));
    expect(xml.endsWith(SOURCE.slice(at))).toBe(true);
  });

  it("after the last block of a content control: after the control, not inside it", () => {
    const { xml } = applyAndRead(SOURCE, [insertAfter(1, HEADING)]);
    const { contentControls } = readDocumentXml(xml).sourceMap;
    expect(contentControls).toHaveLength(1);
    expect(contentControls[0]).toMatchObject({ tag: "của người khác", blockCount: 1 });
    expect(texts(xml)).toEqual(["Mở đầu", "Trong khung", "PHỤ LỤC", "[table 1]", "Kết thúc"]);
  });

  it("at the end, after the last block, or at the cursor: before the final w:sectPr", () => {
    const results = (["end", "last", "cursor"] as const).map((where) => {
      const edit: DocumentEdit =
        where === "last"
          ? insertAfter(3, HEADING)
          : { kind: "insertFragment", fragment: HEADING, at: { kind: where } };
      return applyEditsToDocumentXml(SOURCE, [edit]);
    });
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
    expect(texts(results[0]!)).toEqual([
      "Mở đầu",
      "Trong khung",
      "[table 1]",
      "Kết thúc",
      "PHỤ LỤC",
    ]);
    expect(
      bodyChildren(results[0]!)
        .map((child) => child.localName)
        .slice(-2)
    ).toEqual(["p", "sectPr"]);
  });

  it("keeps a paragraph between tables, which Word would otherwise merge", () => {
    // After block 1 the next block is the table: a fragment ending in a table gets a paragraph after.
    expect(texts(applyEditsToDocumentXml(SOURCE, [insertAfter(1, TABLE_ONLY)]))).toEqual([
      "Mở đầu",
      "Trong khung",
      "[table 4]",
      "",
      "[table 1]",
      "Kết thúc",
    ]);
    // After the table: a fragment starting with a table gets a paragraph before.
    expect(texts(applyEditsToDocumentXml(SOURCE, [insertAfter(2, TABLE_ONLY)]))).toEqual([
      "Mở đầu",
      "Trong khung",
      "[table 1]",
      "",
      "[table 4]",
      "Kết thúc",
    ]);
    // Two tables in one fragment.
    const twoTables = fragmentOf(smallTable(), smallTable());
    expect(texts(applyEditsToDocumentXml(SOURCE, [insertAfter(0, twoTables)]))).toEqual([
      "Mở đầu",
      "[table 4]",
      "",
      "[table 4]",
      "Trong khung",
      "[table 1]",
      "Kết thúc",
    ]);
  });

  it("ends the body with a paragraph when the fragment ends with a table", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [insertAtEnd(TABLE_ONLY)]);
    expect(texts(xml).slice(-2)).toEqual(["[table 4]", ""]);
    expect(bodyChildren(xml).at(-1)!.localName).toBe("sectPr");
  });

  it("wraps a marked fragment and a marked table in content controls we can find again", () => {
    const fragment = {
      marker: "kdcl-appendix",
      blocks: [
        { kind: "paragraph" as const, runs: [{ text: "PHỤ LỤC 2" }] },
        smallTable({ marker: "kdcl-appendix-table" }),
        { kind: "paragraph" as const, runs: [{ text: "HIỆU TRƯỞNG" }] },
      ],
    };
    const { xml, model } = applyAndRead(SOURCE, [insertAtEnd(fragment)]);
    const { contentControls } = readDocumentXml(xml).sourceMap;
    expect(
      contentControls.map(({ tag, firstBlockIndex, blockCount }) => ({
        tag,
        firstBlockIndex,
        blockCount,
      }))
    ).toEqual([
      { tag: "của người khác", firstBlockIndex: 1, blockCount: 1 },
      { tag: "kdcl-appendix", firstBlockIndex: 4, blockCount: 3 },
      { tag: "kdcl-appendix-table", firstBlockIndex: 5, blockCount: 1 },
    ]);
    expect(model.blocks[5]).toMatchObject({
      kind: "table",
      contentControlTag: "kdcl-appendix-table",
    });
    const properties = wordElements(xml, "sdtPr").slice(1);
    expect(properties.map((sdtPr) => wordValue(childNamed(sdtPr, "alias")))).toEqual([
      "kdcl-appendix",
      "kdcl-appendix-table",
    ]);
    const ids = wordElements(xml, "sdtPr").map((sdtPr) => wordValue(childNamed(sdtPr, "id")));
    expect(new Set(ids).size).toBe(3);
    // The id the marker would hash to is taken by someone's control: ours gets another.
    expect(ids[1]).not.toBe(String(EXISTING_ID));
  });

  it("combines fragments inserted at one place in the order of their edits", () => {
    const first = fragmentOf({ kind: "paragraph", runs: [{ text: "một" }] });
    const second = fragmentOf({ kind: "paragraph", runs: [{ text: "hai" }] });
    const third = fragmentOf({ kind: "paragraph", runs: [{ text: "ba" }] });
    const xml = applyEditsToDocumentXml(SOURCE, [
      insertAtEnd(first),
      insertAfter(0, third),
      { kind: "insertFragment", fragment: second, at: { kind: "cursor" } },
    ]);
    expect(texts(xml)).toEqual([
      "Mở đầu",
      "ba",
      "Trong khung",
      "[table 1]",
      "Kết thúc",
      "một",
      "hai",
    ]);
  });

  it("writes nothing for an empty fragment, and one empty paragraph for an empty marked one", () => {
    expect(applyEditsToDocumentXml(SOURCE, [insertAtEnd(fragmentOf())])).toBe(SOURCE);
    expect(applyEditsToDocumentXml(SOURCE, [])).toBe(SOURCE);
    const { model, xml } = applyAndRead(SOURCE, [insertAtEnd({ blocks: [], marker: "trống" })]);
    expect(model.blocks).toHaveLength(5);
    expect(readDocumentXml(xml).sourceMap.contentControls[1]).toMatchObject({
      tag: "trống",
      blockCount: 1,
    });
  });

  it("refuses a block that does not exist, naming the edit", () => {
    for (const blockIndex of [-1, 4, 1.5, Number.NaN]) {
      expect(() =>
        applyEditsToDocumentXml(SOURCE, [insertAtEnd(HEADING), insertAfter(blockIndex, HEADING)])
      ).toThrow(expect.objectContaining({ code: "not-found", editIndex: 1 }));
    }
  });

  it("refuses a fragment it cannot render, naming the edit", () => {
    const broken = fragmentOf(smallTable({ bodyRows: [row("data", cell("x", { span: 9 }))] }));
    let error: OoxmlWriteError | undefined;
    try {
      applyEditsToDocumentXml(SOURCE, [insertAtEnd(HEADING), insertAtEnd(broken)]);
    } catch (caught) {
      error = caught as OoxmlWriteError;
    }
    expect(error).toMatchObject({ name: "OoxmlWriteError", code: "invalid-spec", editIndex: 1 });
  });
});
