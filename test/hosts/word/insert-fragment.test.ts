import type { DocumentModel, TableBlock } from "../../../src/core/model/document";
import { fakeWordWith } from "./support/fixtures";
import { hostOn, modelNow, syncsOf } from "./support/host";
import { appendix, progressTable } from "./support/specs";

function texts(model: DocumentModel): string[] {
  return model.blocks.map((block) => (block.kind === "paragraph" ? block.text : "<table>"));
}

function tables(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.kind === "table");
}

describe("WordHost.applyEdits: insertFragment", () => {
  it("appends the appendix at the end of the body in one sync", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const before = await host.readDocument();
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([{ kind: "insertFragment", fragment: appendix(), at: { kind: "end" } }])
    );
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBe(1);
    const after = await modelNow(fake, "mn-liem-hai-2025");
    expect(texts(after).slice(0, before.blocks.length)).toEqual(texts(before));
    expect(texts(after).slice(before.blocks.length)).toEqual(["PHỤ LỤC", "<table>", "HIỆU TRƯỞNG"]);
    const inserted = tables(after).at(-1)!;
    expect(inserted.contentControlTag).toBe("kdcl-phu-luc-bang");
    expect(inserted.rows[1]!.cells[0]!.gridSpan).toBe(4);
  });

  it("puts a landscape appendix in a section of its own, ended by a section break", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    await host.readDocument();
    const outcome = await host.applyEdits([
      { kind: "insertFragment", fragment: appendix({ landscape: true }), at: { kind: "end" } },
    ]);
    expect(outcome).toEqual({ ok: true, applied: 1 });
    expect(fake.documentXml).toMatch(/w:orient="landscape"/);
    const finalSection = fake.documentXml.slice(fake.documentXml.lastIndexOf("<w:sectPr"));
    expect(finalSection).not.toMatch(/landscape/);
  });

  it("inserts after the paragraph holding the cursor, never splitting it, in two syncs", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const before = await host.readDocument();
    fake.placeCursorInParagraph("CĂN CỨ XÂY DỰNG", "Select");
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        { kind: "insertFragment", fragment: { blocks: [progressTable()] }, at: { kind: "cursor" } },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBe(2);
    const after = texts(await modelNow(fake, "mn-liem-hai-2025"));
    const heading = after.findIndex((text) => text.includes("CĂN CỨ XÂY DỰNG"));
    expect(after[heading]).toBe(texts(before)[heading]);
    expect(after[heading + 1]).toBe("<table>");
    expect(after.filter((text) => text.includes("CĂN CỨ XÂY DỰNG"))).toHaveLength(1);
  });

  it("inserts after the whole table when the cursor is in one", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const before = await host.readDocument();
    fake.placeCursorInCell({ tableIndex: 0, rowIndex: 3, cellIndex: 2 });
    const outcome = await host.applyEdits([
      {
        kind: "insertFragment",
        fragment: { blocks: [{ kind: "paragraph", runs: [{ text: "Ghi chú thêm" }] }] },
        at: { kind: "cursor" },
      },
    ]);
    expect(outcome).toEqual({ ok: true, applied: 1 });
    const after = await modelNow(fake, "mn-pom-lot-2021");
    const firstTable = before.blocks.findIndex((block) => block.kind === "table");
    expect(texts(after)[firstTable + 1]).toBe("Ghi chú thêm");
    expect(tables(after)[0]).toEqual(tables(before)[0]);
  });

  it("inserts after a given block, checked to be the one the model had, in two syncs", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const before = await host.readDocument();
    const afterTable = before.blocks.findIndex(
      (block) => block.kind === "table" && block.tableIndex === 1
    );
    const paragraphAfterTable = afterTable + 1;
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([
        {
          kind: "insertFragment",
          fragment: { blocks: [progressTable()] },
          at: { kind: "afterBlock", blockIndex: paragraphAfterTable },
        },
        {
          kind: "insertFragment",
          fragment: { blocks: [{ kind: "paragraph", runs: [{ text: "Mở đầu" }] }] },
          at: { kind: "afterBlock", blockIndex: 0 },
        },
      ])
    );
    expect(result).toEqual({ ok: true, applied: 2 });
    expect(syncs).toBe(2);
    const after = texts(await modelNow(fake, "mn-liem-hai-2025"));
    const old = texts(before);
    expect(after[1]).toBe("Mở đầu");
    expect(after[paragraphAfterTable + 1]).toBe(old[paragraphAfterTable]);
    expect(after[paragraphAfterTable + 2]).toBe("<table>");
  });

  it("refuses as stale when the block changed since the reading", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const before = await host.readDocument();
    const table = before.blocks.findIndex(
      (block) => block.kind === "table" && block.tableIndex === 2
    );
    fake.userTypesInCell({ tableIndex: 0, rowIndex: 1, cellIndex: 3 }, "!");
    const unchanged = await host.applyEdits([
      {
        kind: "insertFragment",
        fragment: appendix(),
        at: { kind: "afterBlock", blockIndex: table },
      },
    ]);
    expect(unchanged).toEqual({ ok: true, applied: 1 });
    const stale = await fakeWordWith("mn-liem-hai-2025");
    const staleHost = hostOn(stale);
    await staleHost.readDocument();
    stale.userRetypesParagraph("CĂN CỨ XÂY DỰNG", "I. CĂN CỨ");
    const heading = before.blocks.findIndex(
      (block) => block.kind === "paragraph" && block.text.includes("CĂN CỨ XÂY DỰNG")
    );
    const outcome = await staleHost.applyEdits([
      {
        kind: "insertFragment",
        fragment: appendix(),
        at: { kind: "afterBlock", blockIndex: heading },
      },
    ]);
    expect(outcome).toMatchObject({ ok: false, reason: "stale" });
  });
});
