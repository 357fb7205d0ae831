import { reportTimeOutsideSchoolYear } from "../../../src/core/rules/report-time-outside-school-year";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("report-time-outside-school-year", () => {
  it("reports a report time outside the plan's school year, at the report-time cell", () => {
    const built = onePlanTable([completeRow({ reportTime: "12/2026" })]);
    const findings = check(reportTimeOutsideSchoolYear, built);
    expectWellFormed(reportTimeOutsideSchoolYear, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "report-time-outside-school-year",
        severity: "warning",
        location: cellAt(0, 1, "reportTime"),
        criterion: "2.3",
        text: "12/2026",
      },
    ]);
  });

  it("offers to move last year's report month forward", () => {
    const built = onePlanTable([completeRow({ reportTime: "12/2024" })]);
    expect(check(reportTimeOutsideSchoolYear, built)[0]?.fix?.newText).toBe("12/2025");
  });

  it("does not report report times inside the year, nor deadlines", () => {
    const built = onePlanTable([completeRow({ reportTime: "5/2026", deadline: "9/2027" })]);
    expect(check(reportTimeOutsideSchoolYear, built)).toEqual([]);
  });
});
