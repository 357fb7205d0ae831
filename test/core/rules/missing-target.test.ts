import { missingTarget } from "../../../src/core/rules/missing-target";
import { action, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

const TT57_LIKE = ["number", "weakness", "target", "action", "deadline", "owner"] as const;

describe("missing-target", () => {
  it("reports an empty expected-result cell, at that cell", () => {
    const built = onePlanTable(
      [
        action({
          number: "1",
          weakness: "Hồ sơ chưa cập nhật",
          action: "Rà soát hồ sơ",
          deadline: "10/2025",
          owner: "PHT",
        }),
      ],
      { columns: [...TT57_LIKE] }
    );
    const findings = check(missingTarget, built);
    expectWellFormed(missingTarget, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "missing-target",
        severity: "warning",
        location: {
          tableIndex: 0,
          rowIndex: 1,
          column: "target",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 2 },
        },
      },
    ]);
  });

  it("says nothing when the table has no such column, or the cell is filled", () => {
    const withoutColumn = onePlanTable([action({ action: "Rà soát hồ sơ", deadline: "10/2025" })], {
      columns: ["action", "deadline"],
    });
    const filled = onePlanTable([action({ target: "Hồ sơ đầy đủ", action: "Rà soát hồ sơ" })], {
      columns: [...TT57_LIKE],
    });
    expect(check(missingTarget, withoutColumn)).toEqual([]);
    expect(check(missingTarget, filled)).toEqual([]);
  });
});
