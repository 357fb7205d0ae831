import { reportTimeNotUnderstood } from "../../../src/core/rules/report-time-not-understood";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("report-time-not-understood", () => {
  it("reports an unreadable report time at the report-time cell", () => {
    const built = onePlanTable([completeRow({ reportTime: "Sau khi kiểm tra" })]);
    const findings = check(reportTimeNotUnderstood, built);
    expectWellFormed(reportTimeNotUnderstood, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "report-time-not-understood",
        severity: "warning",
        location: cellAt(0, 1, "reportTime"),
        criterion: "2.3",
        text: "Sau khi kiểm tra",
      },
    ]);
  });

  it("does not report readable report times, nor look at the deadline column", () => {
    const built = onePlanTable([
      completeRow({ reportTime: "Cuối học kỳ I" }),
      completeRow({ number: "2", reportTime: "12/2025", deadline: "Khi có kinh phí" }),
    ]);
    expect(check(reportTimeNotUnderstood, built)).toEqual([]);
  });
});
