import type { DocumentEdit } from "../../../src/core/edits/edit";
import type { DocumentModel, TableBlock } from "../../../src/core/model/document";
import { fakeWordWith } from "./support/fixtures";
import { hostOn, modelNow, syncsOf } from "./support/host";
import { groupRow, progressTable, textRow } from "./support/specs";

function table(model: DocumentModel, tableIndex: number): TableBlock {
  const found = model.blocks.find(
    (block) => block.kind === "table" && block.tableIndex === tableIndex
  );
  if (found?.kind !== "table") throw new Error(`no table ${tableIndex}`);
  return found;
}

const PLAIN_ROW_TEXTS = ["Bồi dưỡng chuyên môn", "- Dự giờ", "Cả năm", "Tổ CM", "Biên bản"];
/** A plain data row after row 2 of the per-standard fixture's table 1. */
const PLAIN_ROW_AFTER_ROW_2: DocumentEdit = {
  kind: "insertRows",
  tableIndex: 1,
  afterRowIndex: 2,
  rows: [textRow("data", PLAIN_ROW_TEXTS)],
};

const rowTexts = (t: TableBlock) => t.rows.map((row) => row.cells.map((cell) => cell.text));

describe("WordHost.applyEdits: insertRows", () => {
  it("adds plain rows with Word's TableRow.insertRows in two syncs", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const before = table(await host.readDocument(), 1);
    const { result, syncs } = await syncsOf(fake, () => host.applyEdits([PLAIN_ROW_AFTER_ROW_2]));
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBe(2);
    const uses = fake.gate.uses.map((use) => use.member);
    expect(uses).toContain("TableRow.insertRows");
    expect(uses).not.toContain("Range.insertOoxml");
    const after = table(await modelNow(fake, "mn-liem-hai-2025"), 1);
    expect(rowTexts(after)).toEqual([...rowTexts(before), PLAIN_ROW_TEXTS]);
  });

  it("makes plain rows plus a renumbered cell of the same table one rewrite: one undo step in Word", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const before = table(await host.readDocument(), 1);
    const numberCell = before.rows[2]!.cells[0]!;
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        PLAIN_ROW_AFTER_ROW_2,
        {
          kind: "setCellText",
          cell: { tableIndex: 1, rowIndex: 2, cellIndex: 0 },
          expectedText: numberCell.text,
          text: `${numberCell.text}.`,
        },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 2 });
    expect(syncs).toBe(2);
    const writes = fake.gate.uses
      .map((use) => use.member)
      .filter((member) =>
        [
          "TableRow.insertRows",
          "Range.insertOoxml",
          "Body.insertText",
          "Range.insertText",
        ].includes(member)
      );
    expect(writes).toEqual(["Range.insertOoxml"]);
    const after = table(await modelNow(fake, "mn-liem-hai-2025"), 1);
    expect(after.rows).toHaveLength(before.rows.length + 1);
    expect(after.rows[2]!.cells[0]!.text).toBe(`${numberCell.text}.`);
    expect(after.rows.at(-1)!.cells.map((cell) => cell.text)).toEqual(PLAIN_ROW_TEXTS);
  });

  it("adds a group row with merged cells through the table's OOXML, in at most three syncs", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const before = table(await host.readDocument(), 0);
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        {
          kind: "insertRows",
          tableIndex: 0,
          afterRowIndex: 5,
          rows: [
            {
              kind: "group",
              cells: [
                { paragraphs: [[{ text: "3" }]] },
                { paragraphs: [[{ text: "Tiêu chuẩn 5: Hoạt động giáo dục" }]], span: 8 },
              ],
            },
            textRow("data", ["3", "Tiêu chí 5.1", "", "", "", "", "", "", ""]),
          ],
        },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBeLessThanOrEqual(3);
    expect(fake.gate.uses.map((use) => use.member)).not.toContain("TableRow.insertRows");
    const model = await modelNow(fake, "mn-pom-lot-2021");
    const after = table(model, 0);
    expect(after.rows).toHaveLength(before.rows.length + 2);
    expect(after.rows.slice(0, 6)).toEqual(before.rows);
    expect(after.rows[6]!.cells.map((cell) => cell.gridSpan)).toEqual([1, 8]);
    expect(after.rows[6]!.cells[1]!.text).toBe("Tiêu chuẩn 5: Hoạt động giáo dục");
    expect(after.rows[7]!.cells[1]!.text).toBe("Tiêu chí 5.1");
    // No stray paragraph after the rewritten table.
    const blockAfter = model.blocks[after.blockIndex + 1];
    const blockBefore = (await host.readDocument()).blocks[after.blockIndex + 1];
    expect(blockAfter).toEqual(blockBefore);
  });

  it("rewrites a table with vertical merges rather than copying a merged row", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const before = table(await host.readDocument(), 1);
    const outcome = await host.applyEdits([
      {
        kind: "insertRows",
        tableIndex: 1,
        afterRowIndex: 4,
        rows: [textRow("data", ["", "Tiêu chí 2.4", "", "", "", "", ""])],
      },
    ]);
    expect(outcome).toEqual({ ok: true, applied: 1 });
    const after = table(await modelNow(fake, "mn-pom-lot-2021"), 1);
    expect(after.rows.slice(0, 2)).toEqual(before.rows.slice(0, 2));
    expect(after.rows[5]!.cells[1]!.text).toBe("Tiêu chí 2.4");
  });
});

describe("WordHost.applyEdits: replaceTable and batches", () => {
  it("replaces a table through its own OOXML in two syncs", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const before = await host.readDocument();
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([{ kind: "replaceTable", tableIndex: 1, table: progressTable() }])
    );
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBeLessThanOrEqual(3);
    const after = await modelNow(fake, "mn-pom-lot-2021");
    expect(after.blocks).toHaveLength(before.blocks.length);
    expect(table(after, 0)).toEqual(table(before, 0));
    expect(rowTexts(table(after, 1))).toEqual([
      ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả thực hiện", "Ghi chú"],
      ["Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và trẻ"],
      ["1", "Tiêu chí 2.3", "Đã có nhân viên y tế", ""],
    ]);
  });

  it("regenerates our own appendix table inside its content control without nesting a second one", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    await host.readDocument();
    await host.applyEdits([
      {
        kind: "insertFragment",
        fragment: { blocks: [progressTable("kdcl-bang")] },
        at: { kind: "end" },
      },
    ]);
    const model = await host.readDocument();
    const ours = model.blocks.filter((block) => block.kind === "table").at(-1) as TableBlock;
    expect(ours.contentControlTag).toBe("kdcl-bang");
    const updated = progressTable("kdcl-bang");
    updated.bodyRows.push(groupRow("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", 4));
    const outcome = await host.applyEdits([
      { kind: "replaceTable", tableIndex: ours.tableIndex, table: updated },
    ]);
    expect(outcome).toEqual({ ok: true, applied: 1 });
    expect(fake.documentXml.match(/<w:sdt>/g)).toHaveLength(1);
    const after = table(await modelNow(fake, "mn-liem-hai-2025"), ours.tableIndex);
    expect(after.rows).toHaveLength(4);
    expect(after.contentControlTag).toBe("kdcl-bang");
  });

  it("applies a mixed batch in two syncs, earlier edits not shifting later ones", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const before = await host.readDocument();
    const third = table(before, 2);
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        {
          kind: "insertFragment",
          fragment: { blocks: [progressTable()] },
          at: { kind: "afterBlock", blockIndex: 1 },
        },
        {
          kind: "insertRows",
          tableIndex: 0,
          afterRowIndex: 1,
          rows: [textRow("data", ["a", "b", "c", "d", "e"])],
        },
        {
          kind: "setCellText",
          cell: { tableIndex: 2, rowIndex: 3, cellIndex: 2 },
          expectedText: third.rows[3]!.cells[2]!.text,
          text: "10/2025 – 3/2026",
        },
        {
          kind: "insertRows",
          tableIndex: 4,
          afterRowIndex: 0,
          rows: [groupRow("Tiêu chuẩn 5", 5)],
        },
        {
          kind: "insertFragment",
          fragment: { blocks: [{ kind: "paragraph", runs: [{ text: "Hết" }] }] },
          at: { kind: "end" },
        },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 5 });
    expect(syncs).toBe(2);
    const after = await modelNow(fake, "mn-liem-hai-2025");
    const tables = after.blocks.filter((block): block is TableBlock => block.kind === "table");
    expect(tables).toHaveLength(6);
    expect(rowTexts(tables[0]!)[2]).toEqual(["1", "Tiêu chí 2.3", "Đã có nhân viên y tế", ""]);
    expect(rowTexts(tables[1]!).slice(0, 2)).toEqual(rowTexts(table(before, 0)).slice(0, 2));
    expect(tables[1]!.rows[2]!.cells.map((cell) => cell.text)).toEqual(["a", "b", "c", "d", "e"]);
    expect(tables[3]!.rows[3]!.cells[2]!.text).toBe("10/2025 – 3/2026");
    expect(tables[5]!.rows[1]!.cells[0]!.text).toBe("Tiêu chuẩn 5");
    expect(tables[5]!.rows[1]!.cells[0]!.gridSpan).toBe(5);
    expect(after.blocks.at(-1)).toMatchObject({ kind: "paragraph", text: "Hết" });
  });

  it("refuses a batch that replaces a table and edits it too, writing nothing", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    await host.readDocument();
    const before = fake.documentXml;
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        { kind: "replaceTable", tableIndex: 0, table: progressTable() },
        {
          kind: "insertRows",
          tableIndex: 0,
          afterRowIndex: 0,
          rows: [textRow("data", ["a", "b", "c", "d", "e"])],
        },
      ])
    );
    expect(result).toMatchObject({ ok: false, reason: "invalid-input" });
    expect(syncs).toBe(0);
    expect(fake.documentXml).toBe(before);
  });

  it("refuses as stale, writing nothing, when a table's rows changed since the reading", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    await host.readDocument();
    await fake.word.run(async (context) => {
      context.document.body.tables
        .getFirst()
        .getNext()
        .getCell(2, 0)
        .parentRow.insertRows("After", 1);
      await context.sync();
    });
    const before = fake.documentXml;
    const outcome = await host.applyEdits([
      {
        kind: "insertRows",
        tableIndex: 0,
        afterRowIndex: 0,
        rows: [textRow("data", ["a", "b", "c", "d", "e"])],
      },
      { kind: "replaceTable", tableIndex: 1, table: progressTable() },
    ]);
    expect(outcome).toMatchObject({ ok: false, reason: "stale" });
    expect(fake.documentXml).toBe(before);
  });
});
