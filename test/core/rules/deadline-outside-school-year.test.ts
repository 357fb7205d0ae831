import { deadlineOutsideSchoolYear } from "../../../src/core/rules/deadline-outside-school-year";
import { fixtureCell } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("deadline-outside-school-year", () => {
  it("reports a deadline reaching into the next school year (mn-liem-hai-2025: -6/2026-5/2027)", () => {
    const deadline = fixtureCell("mn-liem-hai-2025", /^-6\/2026/);
    const built = onePlanTable([completeRow({ deadline })]);
    const findings = check(deadlineOutsideSchoolYear, built);
    expectWellFormed(deadlineOutsideSchoolYear, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "deadline-outside-school-year",
        severity: "warning",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: "6/2026-5/2027",
      },
    ]);
    expect(findings[0]?.fix).toBeUndefined();
  });

  it("moves a deadline left over from last year's plan forward one year", () => {
    const built = onePlanTable([
      completeRow({ deadline: "9/2024 \u2013 5/2025" }),
      completeRow({ number: "2", deadline: "Năm học 2024-2025" }),
    ]);
    const fixes = check(deadlineOutsideSchoolYear, built).map((f) => f.fix);
    expect(fixes).toEqual([
      {
        kind: "replaceCellText",
        cell: { tableIndex: 0, rowIndex: 1, cellIndex: 5 },
        expectedText: "9/2024 \u2013 5/2025",
        newText: "9/2025 \u2013 5/2026",
        label: expect.any(Object),
      },
      expect.objectContaining({ expectedText: "Năm học 2024-2025", newText: "Năm học 2025-2026" }),
    ]);
  });

  it("accepts the whole school year window (8/Y to 7/Y+1) and calendar years that overlap it", () => {
    const built = onePlanTable([
      completeRow({ deadline: "8/2025 - 7/2026" }),
      completeRow({ deadline: "Năm học 2025-2026" }),
      completeRow({ deadline: "Năm 2026" }),
      completeRow({ deadline: "Học kỳ II năm học 2025-2026" }),
    ]);
    expect(check(deadlineOutsideSchoolYear, built)).toEqual([]);
  });

  it("reports a month after the window and a calendar year that misses it", () => {
    const built = onePlanTable([
      completeRow({ deadline: "8/2026" }),
      completeRow({ deadline: "Năm 2024" }),
    ]);
    expect(check(deadlineOutsideSchoolYear, built).map((f) => f.text)).toEqual([
      "8/2026",
      "Năm 2024",
    ]);
  });

  it("says nothing when the plan has no school year", () => {
    const built = onePlanTable([completeRow({ deadline: "9/2019" })], { schoolYear: undefined });
    expect(check(deadlineOutsideSchoolYear, built)).toEqual([]);
  });
});
