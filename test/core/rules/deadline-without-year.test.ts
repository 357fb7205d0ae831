import { deadlineWithoutYear } from "../../../src/core/rules/deadline-without-year";
import { fixtureCell } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("deadline-without-year", () => {
  it("reports the “15/8” beside an open-ended school year (mn-pom-lot-2021)", () => {
    const deadline = fixtureCell("mn-pom-lot-2021", /tiếp theo\s+15\/8$/);
    const built = onePlanTable([completeRow({ deadline })], { schoolYear: 2021 });
    const findings = check(deadlineWithoutYear, built);
    expectWellFormed(deadlineWithoutYear, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "deadline-without-year",
        severity: "warning",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: "15/8",
      },
    ]);
  });

  it("reports months without a year", () => {
    const built = onePlanTable([completeRow({ deadline: "Tháng 9 - tháng 5" })]);
    expect(check(deadlineWithoutYear, built).map((f) => f.text)).toEqual(["Tháng 9 - tháng 5"]);
  });

  it("does not report dates and months with their year", () => {
    const built = onePlanTable([
      completeRow({ deadline: "15/8/2026" }),
      completeRow({ deadline: "Tháng 01 năm 2026" }),
      completeRow({ deadline: "Học kỳ I năm học 2025-2026" }),
    ]);
    expect(check(deadlineWithoutYear, built)).toEqual([]);
  });
});
