import { FakeWord } from "../../../src/hosts/word/fake";
import { selectCellIn } from "../../../src/hosts/word/select-cell";
import { TableListing } from "../../../src/hosts/word/table-listing";
import { directModel, fakeWordWith } from "./support/fixtures";
import { hostOn, syncsOf } from "./support/host";

describe("WordHost.selectCell", () => {
  it("selects every cell of the preschool plan's group rows (table 0, rows 2–5) in one sync each", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    const table = model.blocks.find((block) => block.kind === "table" && block.tableIndex === 0);
    if (table?.kind !== "table") throw new Error("no table 0");
    for (const row of table.rows.slice(2, 6)) {
      for (const cell of row.cells) {
        const location = { tableIndex: 0, rowIndex: row.rowIndex, cellIndex: cell.physicalIndex };
        const { result, syncs } = await syncsOf(fake, () => host.selectCell(location));
        expect(result).toBe(true);
        expect(syncs).toBe(1);
        expect(fake.lastSelection).toEqual({
          kind: "cell",
          mode: "Start",
          nestingLevel: 1,
          ...location,
        });
      }
    }
  });

  it("selects the first cell of a vertical merge for a cell that continues it (table 1's header)", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    await host.readDocument();
    const cases = [
      { asked: { rowIndex: 1, cellIndex: 0 }, selected: { rowIndex: 0, cellIndex: 0 } },
      { asked: { rowIndex: 1, cellIndex: 1 }, selected: { rowIndex: 0, cellIndex: 1 } },
      { asked: { rowIndex: 1, cellIndex: 6 }, selected: { rowIndex: 0, cellIndex: 4 } },
      { asked: { rowIndex: 1, cellIndex: 2 }, selected: { rowIndex: 1, cellIndex: 2 } },
      { asked: { rowIndex: 0, cellIndex: 3 }, selected: { rowIndex: 0, cellIndex: 3 } },
    ];
    for (const { asked, selected } of cases) {
      const { result, syncs } = await syncsOf(fake, () =>
        host.selectCell({ tableIndex: 1, ...asked })
      );
      expect(result).toBe(true);
      expect(syncs).toBe(1);
      expect(fake.lastSelection).toMatchObject({ kind: "cell", tableIndex: 1, ...selected });
    }
  });

  it("answers false for a cell the document does not have, in one sync", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    await host.readDocument();
    const { result, syncs } = await syncsOf(fake, () =>
      host.selectCell({ tableIndex: 2, rowIndex: 40, cellIndex: 0 })
    );
    expect(result).toBe(false);
    expect(syncs).toBe(1);
    expect(await host.selectCell({ tableIndex: 9, rowIndex: 0, cellIndex: 0 })).toBe(false);
    expect(await host.selectCell({ tableIndex: 2, rowIndex: 0, cellIndex: 30 })).toBe(false);
    expect(fake.selections).toHaveLength(0);
  });

  it("finds top-level tables after nested ones, whether body.tables lists them or not", async () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const cell = (text: string, inner = "") =>
      `<w:tc>${inner}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const nested = `<w:tbl><w:tr>${cell("trong")}</w:tr></w:tbl>`;
    const documentXml =
      `<w:document xmlns:w="${W}"><w:body>` +
      `<w:tbl><w:tr>${cell("ngoài", nested)}${cell("b")}</w:tr></w:tbl><w:p/>` +
      `<w:tbl><w:tr>${cell("hai")}${cell("ba")}</w:tr></w:tbl><w:sectPr/></w:body></w:document>`;
    for (const bodyTablesIncludeNested of [true, false]) {
      const fake = new FakeWord({ documentXml, bodyTablesIncludeNested });
      const host = hostOn(fake);
      await host.readDocument();
      const location = { tableIndex: 1, rowIndex: 0, cellIndex: 1 };
      // The first time, one more sync to learn how body.tables lists nested tables; then one.
      expect(await syncsOf(fake, () => host.selectCell(location))).toEqual({
        result: true,
        syncs: 2,
      });
      expect(await syncsOf(fake, () => host.selectCell(location))).toEqual({
        result: true,
        syncs: 1,
      });
      expect(fake.lastSelection).toMatchObject({ ...location, nestingLevel: 1 });
    }
  });

  it("answers false when a table was nested before the one asked for since the last reading", async () => {
    const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    const cell = (text: string, inner = "") =>
      `<w:tc>${inner}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
    const documentWith = (inner: string) =>
      `<w:document xmlns:w="${W}"><w:body>` +
      `<w:tbl><w:tr>${cell("ngoài", inner)}${cell("b")}</w:tr></w:tbl><w:p/>` +
      `<w:tbl><w:tr>${cell("hai")}${cell("ba")}</w:tr></w:tbl><w:sectPr/></w:body></w:document>`;
    const before = await hostOn(new FakeWord({ documentXml: documentWith("") })).readDocument();
    const nested = `<w:tbl><w:tr>${cell("trong")}${cell("một")}</w:tr></w:tbl>`;
    const after = new FakeWord({ documentXml: documentWith(nested) });
    const selected = await after.word.run((context) =>
      selectCellIn(
        context,
        before,
        { tableIndex: 1, rowIndex: 0, cellIndex: 1 },
        new TableListing()
      )
    );
    expect(selected).toBe(false);
  });

  it("never loads cellIndex (it fails on vertically merged cells) and stays within WordApi 1.3", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    expect(model).toEqual(await directModel("mn-pom-lot-2021"));
    await host.selectCell({ tableIndex: 1, rowIndex: 0, cellIndex: 0 });
    expect(fake.gate.uses.map((use) => use.member)).not.toContain("TableCell.cellIndex");
    expect(fake.gate.highestUsed()).toBe("1.3");
  });
});

describe("WordHost.selectParagraph", () => {
  it("puts the cursor at the start of a paragraph before the first table and after one, in one sync", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    for (const blockIndex of [0, 22]) {
      const block = model.blocks[blockIndex];
      if (block?.kind !== "paragraph") throw new Error(`block ${blockIndex} is no paragraph`);
      const { result, syncs } = await syncsOf(fake, () => host.selectParagraph(blockIndex));
      expect(result).toBe(true);
      expect(syncs).toBe(1);
      expect(fake.lastSelection).toEqual({ kind: "paragraph", mode: "Start", text: block.text });
    }
  });

  it("answers false for a table, a block past the end, and a paragraph changed since the reading", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    await host.readDocument();
    expect(await host.selectParagraph(10)).toBe(false);
    expect(await host.selectParagraph(400)).toBe(false);
    fake.userRetypesParagraph("Kèm theo Báo cáo số", "(Kèm theo Kế hoạch số 97/KH-MNPL)");
    expect(await host.selectParagraph(22)).toBe(false);
  });
});
