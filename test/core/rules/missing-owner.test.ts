import { missingOwner } from "../../../src/core/rules/missing-owner";
import {
  buildPlan,
  cellAt,
  completeRow,
  onePlanTable,
  standardGroup,
} from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-owner", () => {
  it("reports a row whose owner cell is empty, at the owner cell", () => {
    const built = onePlanTable([completeRow(), completeRow({ number: "2", owner: undefined })]);
    const findings = check(missingOwner, built);
    expectWellFormed(missingOwner, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "missing-owner",
        severity: "error",
        location: cellAt(0, 2, "owner"),
        criterion: "2.3",
      },
    ]);
  });

  it("treats placeholder marks as empty", () => {
    const built = onePlanTable([
      completeRow({ owner: "…" }),
      completeRow({ number: "2", owner: " - " }),
    ]);
    expect(check(missingOwner, built).map((f) => f.location.rowIndex)).toEqual([1, 2]);
  });

  it("does not report rows with an owner, nor a cell merged down from the row above", () => {
    const built = onePlanTable([
      completeRow({ owner: "PHT, Tổ CM" }),
      completeRow({ number: "2" }, { mergedFromAbove: ["owner"] }),
    ]);
    expect(check(missingOwner, built)).toEqual([]);
  });

  it("reports a plan without any owner column once, not per row", () => {
    const columns = ["number", "criterion", "action", "deadline"] as const;
    const built = onePlanTable(
      [completeRow(), completeRow({ number: "2" }), completeRow({ number: "3" })],
      {
        columns: [...columns],
      }
    );
    const findings = check(missingOwner, built);
    expect(essentials(findings)).toEqual([
      { ruleId: "missing-owner", severity: "error", location: {} },
    ]);
  });

  it("reports once per table when only some tables lack the column", () => {
    const built = buildPlan({
      schoolYear: 2025,
      leadingTables: 1,
      tables: [
        { columns: ["number", "action", "owner", "deadline"], rows: [completeRow()] },
        {
          columns: ["number", "action", "deadline"],
          rows: [
            standardGroup("3", "Cơ sở vật chất và thiết bị dạy học"),
            completeRow(),
            completeRow({ number: "2" }),
          ],
        },
      ],
    });
    expect(essentials(check(missingOwner, built))).toEqual([
      { ruleId: "missing-owner", severity: "error", location: { tableIndex: 2 } },
    ]);
  });

  it("says nothing about a plan without action rows", () => {
    const built = onePlanTable([standardGroup("2", "Cán bộ quản lý, giáo viên, nhân viên", "1")], {
      columns: ["number", "criterion", "action"],
    });
    expect(check(missingOwner, built)).toEqual([]);
  });
});
