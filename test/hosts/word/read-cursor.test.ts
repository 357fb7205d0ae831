/**
 * The cursor's cell, found in the sync that reads the body: everywhere in the fixtures' tables,
 * in tables alike but for their text, and — in a second sync — where the model cannot tell
 * tables apart.
 */
import { FakeWord } from "../../../src/hosts/word/fake";
import type { DocumentModel, TableBlock } from "../../../src/core/model/document";
import { fakeWordWith, type FixtureName } from "./support/fixtures";
import { hostOn, syncsOf } from "./support/host";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const cell = (text: string, inner = "") =>
  `<w:tc>${inner}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (...texts: string[]) => `<w:tr>${texts.map((text) => cell(text)).join("")}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl>${rows.join("")}</w:tbl>`;
const documentOf = (...blocks: string[]) =>
  `<w:document xmlns:w="${W}"><w:body>${blocks.join("<w:p/>")}<w:sectPr/></w:body></w:document>`;

function tablesOf(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.kind === "table");
}

describe("WordHost.readDocument: the cursor's cell in the reading's own sync", () => {
  it.each<FixtureName>(["mn-pom-lot-2021", "mn-liem-hai-2025", "mn-19-8-tap-huan-2022"])(
    "finds every cell of %s's tables in one sync",
    async (name) => {
      const fake = await fakeWordWith(name);
      const host = hostOn(fake);
      const model = await host.readDocument();
      for (const { tableIndex, rows } of tablesOf(model)) {
        for (const { rowIndex, cells } of rows) {
          for (const { physicalIndex, text, verticalMerge } of cells) {
            // Word has no object for a cell continuing a vertical merge: the cursor is never there.
            if (verticalMerge === "continue") continue;
            fake.placeCursorInCell({ tableIndex, rowIndex, cellIndex: physicalIndex });
            const { result, syncs } = await syncsOf(fake, () => host.readDocument());
            // The first cell of the row with that text: Word gives no cell index to trust.
            const first = cells.find((other) => other.text === text)?.physicalIndex;
            expect([result.cursor, syncs]).toEqual([{ tableIndex, rowIndex, cellIndex: first }, 1]);
          }
        }
      }
      expect(fake.gate.uses.map((use) => use.member)).not.toContain("TableCell.cellIndex");
      expect(fake.gate.highestUsed()).toBe("1.3");
    }
  );

  it("tells tables of the same row count apart by their text, in one sync", async () => {
    const fake = new FakeWord({
      documentXml: documentOf(
        table(row("TT", "Nội dung"), row("1", "Rà soát hồ sơ")),
        table(row("TT", "Kết quả"), row("1", "Đã rà soát"))
      ),
    });
    const host = hostOn(fake);
    fake.placeCursorInCell({ tableIndex: 1, rowIndex: 1, cellIndex: 0 });
    const { result, syncs } = await syncsOf(fake, () => host.readDocument());
    expect(result.cursor).toEqual({ tableIndex: 1, rowIndex: 1, cellIndex: 0 });
    expect(syncs).toBe(1);
  });

  it("compares ranges in a second sync when the model cannot tell the tables apart", async () => {
    const same = table(row("TT", "Nội dung"), row("1", ""));
    const fake = new FakeWord({ documentXml: documentOf(same, same, same) });
    const host = hostOn(fake);
    for (const tableIndex of [2, 0, 1]) {
      fake.placeCursorInCell({ tableIndex, rowIndex: 1, cellIndex: 1 });
      const { result, syncs } = await syncsOf(fake, () => host.readDocument());
      expect(result.cursor).toEqual({ tableIndex, rowIndex: 1, cellIndex: 1 });
      expect(syncs).toBe(2);
    }
  });

  it("loads the table's text only where an earlier reading had tables alike", async () => {
    const fake = new FakeWord({
      documentXml: documentOf(table(row("a"), row("b")), table(row("c"))),
    });
    const host = hostOn(fake);
    await host.readDocument();
    const before = fake.gate.uses.length;
    fake.placeCursorInCell({ tableIndex: 0, rowIndex: 1, cellIndex: 0 });
    const model = await host.readDocument();
    expect(model.cursor).toEqual({ tableIndex: 0, rowIndex: 1, cellIndex: 0 });
    expect(fake.gate.uses.slice(before).map((use) => use.member)).not.toContain("Table.values");
  });

  it("gives no cursor, in one sync, outside tables and in a nested table", async () => {
    const fake = new FakeWord({
      documentXml: documentOf(
        `<w:tbl><w:tr>${cell("ngoài", table(row("trong")))}</w:tr></w:tbl>`,
        "<w:p><w:r><w:t>đoạn văn</w:t></w:r></w:p>"
      ),
    });
    const host = hostOn(fake);
    for (const text of ["trong", "đoạn văn"]) {
      fake.placeCursorInParagraph(text);
      const { result, syncs } = await syncsOf(fake, () => host.readDocument());
      expect([result.cursor, syncs]).toEqual([undefined, 1]);
    }
  });
});
