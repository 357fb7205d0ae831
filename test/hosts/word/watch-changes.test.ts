import type { DocumentChange } from "../../../src/hosts/host";
import { fakeWordWith } from "./support/fixtures";
import { hostOn } from "./support/host";
import { textRow } from "./support/specs";

/** A clock the test moves, for the quiet period after the host's own edits. */
function manualClock() {
  const clock = { now: 0, read: () => clock.now };
  return clock;
}

describe("WordHost.watchChanges", () => {
  it("on WordApi 1.6, reports typing as content and cursor moves as selection", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021", { apiVersion: "1.6" });
    const host = hostOn(fake);
    const changes: DocumentChange[] = [];
    const stop = await host.watchChanges((change) => changes.push(change));
    expect(fake.paragraphHandlerCount("paragraphChanged")).toBe(1);
    fake.userTypesInCell({ tableIndex: 0, rowIndex: 3, cellIndex: 6 }, " có");
    await fake.settle();
    expect(changes).toEqual(["content", "selection"]);
    fake.userMovesCursorToCell({ tableIndex: 1, rowIndex: 4, cellIndex: 1 });
    fake.remoteEdit();
    await fake.settle();
    expect(changes).toEqual(["content", "selection", "selection", "content"]);
    stop();
    await fake.settle();
    expect(fake.paragraphHandlerCount("paragraphChanged")).toBe(0);
    fake.userTypesInCell({ tableIndex: 0, rowIndex: 3, cellIndex: 6 }, " nữa");
    await fake.settle();
    expect(changes).toHaveLength(4);
  });

  it("on WordApi 1.3, reports selection changes as content and uses nothing above 1.3", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021", { apiVersion: "1.3" });
    const host = hostOn(fake);
    const changes: DocumentChange[] = [];
    const stop = await host.watchChanges((change) => changes.push(change));
    fake.userTypesInCell({ tableIndex: 0, rowIndex: 3, cellIndex: 6 }, " có");
    await fake.settle();
    expect(changes).toEqual(["content"]);
    stop();
    await host.readDocument();
    await host.selectCell({ tableIndex: 1, rowIndex: 1, cellIndex: 0 });
    await host.applyEdits([
      {
        kind: "insertRows",
        tableIndex: 0,
        afterRowIndex: 5,
        rows: [textRow("group", ["3", "Tiêu chuẩn 5"])],
      },
    ]);
    expect(fake.gate.uses.some((use) => use.member.startsWith("Document.onParagraph"))).toBe(false);
    expect(fake.gate.highestUsed()).toBe("1.3");
  });

  it("does not report the host's own edits and selections, then reports the user's again", async () => {
    const clock = manualClock();
    for (const apiVersion of ["1.3", "1.6"]) {
      const fake = await fakeWordWith("mn-liem-hai-2025", { apiVersion, eventDelayMs: 20 });
      const host = hostOn(fake, { now: clock.read, ownEditQuietMs: 1000 });
      const changes: DocumentChange[] = [];
      await host.watchChanges((change) => changes.push(change));
      const model = await host.readDocument();
      await host.selectCell({ tableIndex: 0, rowIndex: 1, cellIndex: 1 });
      const table = model.blocks.find((block) => block.kind === "table");
      if (table?.kind !== "table") throw new Error("no table");
      const outcome = await host.applyEdits([
        {
          kind: "setCellText",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 2 },
          expectedText: table.rows[1]!.cells[2]!.text,
          text: "Cả năm",
        },
        {
          kind: "insertFragment",
          fragment: { blocks: [{ kind: "paragraph", runs: [{ text: "Hết" }] }] },
          at: { kind: "end" },
        },
      ]);
      expect(outcome.ok).toBe(true);
      await fake.settle();
      expect(changes).toEqual([]);
      clock.now += 1001;
      fake.userTypesInCell({ tableIndex: 0, rowIndex: 2, cellIndex: 3 }, " và GV");
      await fake.settle();
      expect(changes[0]).toBe("content");
    }
  });
});
