import { missingReportTime } from "../../../src/core/rules/missing-report-time";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-report-time", () => {
  it("reports an empty report-time cell as a tip", () => {
    const built = onePlanTable([completeRow({ reportTime: "" })]);
    const findings = check(missingReportTime, built);
    expectWellFormed(missingReportTime, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "missing-report-time",
        severity: "tip",
        location: cellAt(0, 1, "reportTime"),
        criterion: "2.3",
      },
    ]);
  });

  it("says nothing when the table has no report-time column (the column is optional)", () => {
    const built = onePlanTable([completeRow()], {
      columns: ["number", "criterion", "action", "owner", "deadline"],
    });
    expect(check(missingReportTime, built)).toEqual([]);
  });

  it("does not report a filled cell", () => {
    expect(
      check(missingReportTime, onePlanTable([completeRow({ reportTime: "Cuối học kỳ I" })]))
    ).toEqual([]);
  });
});
