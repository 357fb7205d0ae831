import { endBeforeStart } from "../../../src/core/rules/end-before-start";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("end-before-start", () => {
  it("reports a reversed month range, which the time parser leaves unparsed", () => {
    const built = onePlanTable([completeRow({ deadline: "5/2026 \u2013 9/2025" })]);
    const findings = check(endBeforeStart, built);
    expectWellFormed(endBeforeStart, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "end-before-start",
        severity: "error",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: "5/2026 \u2013 9/2025",
      },
    ]);
  });

  it("reports reversed date ranges and ranges in words, in both time columns", () => {
    const built = onePlanTable([
      completeRow({ deadline: "30/9/2025 - 15/8/2025" }),
      completeRow({ deadline: "9/2025 - 5/2026", reportTime: "Từ tháng 5/2026 đến tháng 12/2025" }),
    ]);
    expect(
      check(endBeforeStart, built).map((f) => [f.location.column, f.location.rowIndex, f.text])
    ).toEqual([
      ["deadline", 1, "30/9/2025 - 15/8/2025"],
      ["reportTime", 2, "Từ tháng 5/2026 đến tháng 12/2025"],
    ]);
  });

  it("does not report ranges in order, or a month range crossing the new year", () => {
    const built = onePlanTable([
      completeRow({ deadline: "-6/2026-5/2027" }),
      completeRow({ deadline: "Tháng 9 - tháng 5" }),
      completeRow({ deadline: "15/8/2025 - 30/9/2025" }),
    ]);
    expect(check(endBeforeStart, built)).toEqual([]);
  });
});
