import { directModel, fakeWordWith, type FixtureName } from "./support/fixtures";
import { hostOn, syncsOf } from "./support/host";
import { actionRows, analyze, planCriterionRows } from "../../../src/core";

const FIXTURES: FixtureName[] = ["mn-pom-lot-2021", "mn-liem-hai-2025", "mn-19-8-tap-huan-2022"];

describe("WordHost.readDocument", () => {
  it.each(FIXTURES)(
    "reads %s through Word exactly as the .docx reads, in one sync",
    async (name) => {
      const fake = await fakeWordWith(name);
      const { result, syncs } = await syncsOf(fake, () => hostOn(fake).readDocument());
      expect(result).toEqual(await directModel(name));
      expect(result.cursor).toBeUndefined();
      expect(syncs).toBe(1);
    }
  );

  it("says which cell holds the cursor in the same sync, merged cells included", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    for (const cell of [
      { tableIndex: 0, rowIndex: 3, cellIndex: 3 },
      { tableIndex: 0, rowIndex: 2, cellIndex: 1 },
      { tableIndex: 1, rowIndex: 0, cellIndex: 0 },
      { tableIndex: 1, rowIndex: 1, cellIndex: 3 },
      { tableIndex: 1, rowIndex: 4, cellIndex: 2 },
    ]) {
      fake.placeCursorInCell(cell);
      const { result, syncs } = await syncsOf(fake, () => host.readDocument());
      expect(result.cursor).toEqual(cell);
      expect(syncs).toBe(1);
    }
  });

  it("reads the cursor alone in one sync", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    await host.readDocument();
    fake.placeCursorInCell({ tableIndex: 3, rowIndex: 2, cellIndex: 1 });
    const { result, syncs } = await syncsOf(fake, () => host.readCursor());
    expect(result).toEqual({ tableIndex: 3, rowIndex: 2, cellIndex: 1 });
    expect(syncs).toBe(1);
    fake.placeCursorInParagraph("CĂN CỨ XÂY DỰNG");
    expect(await host.readCursor()).toBeUndefined();
  });
});

describe("WordHost.readDocument after edits under the cursor", () => {
  it("still reads the document when the table holding the cursor was rewritten", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    await host.readDocument();
    expect(await host.selectCell({ tableIndex: 0, rowIndex: 3, cellIndex: 5 })).toBe(true);
    const before = await host.readDocument();
    const plan = analyze(before).plans[0];
    if (!plan) throw new Error("the fixture's plan was not recognised");
    // Rows plus renumbered TT cells: the table is rewritten through its OOXML.
    const { edits } = planCriterionRows(before, plan, ["2.1", "3.1"]);
    expect((await host.applyEdits(edits)).ok).toBe(true);
    const after = await host.readDocument();
    expect(actionRows(analyze(after).plans[0] ?? plan)).toHaveLength(4);
  });
});
