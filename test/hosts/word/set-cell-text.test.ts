import { WORD_HOST_MESSAGES } from "../../../src/hosts/word";
import { fakeWordWith } from "./support/fixtures";
import { hostOn, modelNow, syncsOf } from "./support/host";
import type { DocumentModel, TableBlock } from "../../../src/core/model/document";

function table(model: DocumentModel, tableIndex: number): TableBlock {
  const found = model.blocks.find(
    (block) => block.kind === "table" && block.tableIndex === tableIndex
  );
  if (found?.kind !== "table") throw new Error(`no table ${tableIndex}`);
  return found;
}

describe("WordHost.applyEdits: setCellText", () => {
  it("replaces a cell's text in a preflight and a write sync", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    const cell = table(model, 0).rows[3]!.cells[5]!;
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        {
          kind: "setCellText",
          cell: { tableIndex: 0, rowIndex: 3, cellIndex: 5 },
          expectedText: cell.text,
          text: "Tháng 9/2021 – tháng 5/2022",
        },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBe(2);
    const after = await modelNow(fake, "mn-pom-lot-2021");
    expect(table(after, 0).rows[3]!.cells[5]!.text).toBe("Tháng 9/2021 – tháng 5/2022");
  });

  it("accepts a cell with line breaks, which Word reports with its own marks", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    const multi = table(model, 0).rows.flatMap((row) =>
      row.cells.filter((cell) => cell.text.includes("\n")).map((cell) => ({ row, cell }))
    )[0];
    if (!multi) throw new Error("the fixture has a cell with a line break");
    const outcome = await host.applyEdits([
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: multi.row.rowIndex, cellIndex: multi.cell.physicalIndex },
        expectedText: multi.cell.text,
        text: "Một dòng\nHai dòng",
      },
    ]);
    expect(outcome).toEqual({ ok: true, applied: 1 });
    const after = await modelNow(fake, "mn-pom-lot-2021");
    expect(table(after, 0).rows[multi.row.rowIndex]!.cells[multi.cell.physicalIndex]!.text).toBe(
      "Một dòng\nHai dòng"
    );
  });

  it("refuses as stale when the user changed the cell since the reading, changing nothing", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    const location = { tableIndex: 0, rowIndex: 3, cellIndex: 4 };
    const expectedText = table(model, 0).rows[3]!.cells[4]!.text;
    fake.userTypesInCell(location, " và tổ chuyên môn");
    const before = fake.documentXml;
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([{ kind: "setCellText", cell: location, expectedText, text: "Hiệu trưởng" }])
    );
    expect(result).toMatchObject({ ok: false, reason: "stale" });
    expect(syncs).toBe(1);
    expect(fake.documentXml).toBe(before);
  });

  it("reports a read-only document in Vietnamese and English", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021", { readOnly: true });
    const host = hostOn(fake);
    const model = await host.readDocument();
    const outcome = await host.applyEdits([
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 3, cellIndex: 6 },
        expectedText: table(model, 0).rows[3]!.cells[6]!.text,
        text: "Không",
      },
    ]);
    expect(outcome).toEqual({
      ok: false,
      reason: "read-only",
      message: WORD_HOST_MESSAGES.readOnly,
    });
    if (!outcome.ok) expect(outcome.message.vi).toMatch(/chỉ đọc/);
  });

  it("refuses a cell that continues a vertical merge, and cells the model does not have", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    await host.readDocument();
    const merged = await host.applyEdits([
      {
        kind: "setCellText",
        cell: { tableIndex: 1, rowIndex: 1, cellIndex: 0 },
        expectedText: "",
        text: "x",
      },
    ]);
    expect(merged).toMatchObject({ ok: false, reason: "invalid-input" });
    const missing = await host.applyEdits([
      {
        kind: "setCellText",
        cell: { tableIndex: 7, rowIndex: 0, cellIndex: 0 },
        expectedText: "",
        text: "x",
      },
    ]);
    expect(missing).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("reads the document first when asked to edit before any reading", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const model = await hostOn(fake).readDocument();
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        {
          kind: "setCellText",
          cell: { tableIndex: 1, rowIndex: 1, cellIndex: 2 },
          expectedText: table(model, 1).rows[1]!.cells[2]!.text,
          text: "11/2025",
        },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBe(3);
  });
});
