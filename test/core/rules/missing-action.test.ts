import { missingAction } from "../../../src/core/rules/missing-action";
import { action, cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-action", () => {
  it("reports a row with a weakness but no action, at the action cell", () => {
    const built = onePlanTable([completeRow({ action: "" })]);
    const findings = check(missingAction, built);
    expectWellFormed(missingAction, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "missing-action",
        severity: "error",
        location: cellAt(0, 1, "action"),
        criterion: "2.3",
      },
    ]);
  });

  it("does not report an action merged down from the row above", () => {
    const built = onePlanTable([
      completeRow(),
      completeRow({ number: "2" }, { mergedFromAbove: ["action"] }),
    ]);
    expect(check(missingAction, built)).toEqual([]);
  });

  it("in a table without an action column, reports a row with neither content nor target", () => {
    const columns = ["number", "weakness", "target", "owner", "deadline"] as const;
    const built = onePlanTable(
      [
        action({
          number: "1",
          weakness: "Thiếu đồ chơi ngoài trời",
          owner: "BGH",
          deadline: "10/2025",
        }),
        action({ number: "2", owner: "BGH", deadline: "10/2025" }),
      ],
      { columns: [...columns] }
    );
    expect(essentials(check(missingAction, built))).toEqual([
      { ruleId: "missing-action", severity: "error", location: { tableIndex: 0, rowIndex: 2 } },
    ]);
  });

  it("does not report complete rows", () => {
    expect(
      check(missingAction, onePlanTable([completeRow(), completeRow({ number: "2" })]))
    ).toEqual([]);
  });
});
