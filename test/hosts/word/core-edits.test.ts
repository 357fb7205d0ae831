/**
 * The core's own edits through the Word host on the strict fake, as the task pane applies them:
 * criterion rows (renumbered, a new standard group row), the appendix created and refreshed, and a
 * plan table at the cursor. Each is checked by reading the fake's document back and analysing it.
 */
import {
  analyze,
  planAppendix,
  planCriterionRows,
  planTableFragment,
  type ActionRow,
} from "../../../src/core";
import { fakeWordWith } from "./support/fixtures";
import { hostOn, modelNow, syncsOf } from "./support/host";

const actionCodes = (rows: readonly { kind: string }[]) =>
  rows.flatMap((row) => (row.kind === "action" ? [(row as ActionRow).criterionCode] : []));

describe("the core's edits through WordHost", () => {
  it("inserts criterion rows under their standards, numbered, in two syncs and one operation per table", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    const plan = analyze(model).plans[0];
    if (!plan) throw new Error("no plan");
    expect(actionCodes(plan.rows)).toEqual(["2.3", "3.2"]);
    const { edits, added } = planCriterionRows(model, plan, ["2.1", "3.1", "5.2"]);
    expect(added).toEqual(["2.1", "3.1", "5.2"]);
    const { result, syncs } = await syncsOf(fake, () => host.applyEdits(edits));
    expect(result).toEqual({ ok: true, applied: edits.length });
    expect(syncs).toBe(2);
    // One write to the plan table whatever the batch holds: one undo step.
    const writes = fake.gate.uses
      .map((use) => use.member)
      .filter((member) => /insertRows|insertOoxml|insertText/.test(member));
    expect(writes).toEqual(["Range.insertOoxml"]);
    const after = analyze(await modelNow(fake, "mn-pom-lot-2021")).plans[0];
    expect(actionCodes(after?.rows ?? [])).toEqual(["2.1", "2.3", "3.1", "3.2", "5.2"]);
    const groups = (after?.rows ?? []).filter((row) => row.kind === "standardGroup");
    expect(groups.map((row) => (row.kind === "standardGroup" ? row.standardCode : ""))).toEqual([
      "2",
      "3",
      "5",
    ]);
    const numbers = (after?.rows ?? []).flatMap((row) =>
      row.kind === "action" ? [row.cells.number?.text ?? ""] : []
    );
    expect(numbers).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("refreshes the preschool fixture's appendix in two syncs: heading corrected, staff text kept", async () => {
    const fake = await fakeWordWith("mn-pom-lot-2021");
    const host = hostOn(fake);
    const model = await host.readDocument();
    const { edits, outcome } = planAppendix(model, analyze(model));
    expect(edits.map((edit) => edit.kind)).toEqual(["setParagraphText", "replaceTable"]);
    const { result, syncs } = await syncsOf(fake, () => host.applyEdits(edits));
    expect(result).toEqual({ ok: true, applied: 2 });
    expect(syncs).toBe(2);
    expect(outcome).toMatchObject({ kind: "refreshed", changed: true });
    const after = await modelNow(fake, "mn-pom-lot-2021");
    const texts = after.blocks.flatMap((block) =>
      block.kind === "paragraph"
        ? [block.text]
        : block.rows.flatMap((row) => row.cells.map((cell) => cell.text))
    );
    const attachment = texts.find((text) => text.startsWith("(Kèm theo"));
    expect(attachment).toMatch(/^\(Kèm theo Kế hoạch số 97\/KH-MNPL, ngày 27 tháng 10 năm 2021/);
    // What staff wrote in the result columns (after TT, criterion, plan content) is all there.
    const staffTexts = (document: typeof model) => {
      const table = document.blocks.filter((block) => block.kind === "table").at(-1);
      if (table?.kind !== "table") return [];
      return table.rows
        .slice(2)
        .flatMap((row) => row.cells.filter((cell) => cell.gridColumn >= 3).map((cell) => cell.text))
        .filter((text) => text.trim() !== "" && text !== "Không còn trong kế hoạch");
    };
    expect(staffTexts(model).length).toBeGreaterThanOrEqual(6);
    expect(staffTexts(after)).toEqual(staffTexts(model));
    // A second refresh has nothing left to do.
    const again = planAppendix(after, analyze(after));
    expect(again.edits).toEqual([]);
  });

  it("creates the appendix of the per-standard fixture at the end in one sync", async () => {
    const fake = await fakeWordWith("mn-liem-hai-2025");
    const host = hostOn(fake);
    const model = await host.readDocument();
    const { edits, outcome } = planAppendix(model, analyze(model));
    expect(outcome).toMatchObject({ kind: "created", rows: 12 });
    const { result, syncs } = await syncsOf(fake, () => host.applyEdits(edits));
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBe(1);
    const after = analyze(await modelNow(fake, "mn-liem-hai-2025"));
    expect(after.appendixTables).toHaveLength(1);
    expect(planAppendix(await modelNow(fake, "mn-liem-hai-2025"), after).edits).toEqual([]);
  });

  it("inserts a blank plan table after the paragraph holding the cursor, recognised as a plan", async () => {
    const fake = await fakeWordWith("mn-19-8-tap-huan-2022");
    const host = hostOn(fake);
    const model = await host.readDocument();
    expect(analyze(model).plans).toHaveLength(0);
    const fragment = planTableFragment({ catalogId: "tt19-mn" });
    const { result, syncs } = await syncsOf(fake, () =>
      host.applyEdits([{ kind: "insertFragment", fragment, at: { kind: "cursor" } }])
    );
    expect(result).toEqual({ ok: true, applied: 1 });
    expect(syncs).toBe(2);
    const plan = analyze(await modelNow(fake, "mn-19-8-tap-huan-2022")).plans[0];
    expect(plan?.rows.filter((row) => row.kind === "standardGroup")).toHaveLength(5);
  });
});
