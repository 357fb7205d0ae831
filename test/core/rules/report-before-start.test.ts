import { reportBeforeStart } from "../../../src/core/rules/report-before-start";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("report-before-start", () => {
  it("reports a report month before the start month", () => {
    const built = onePlanTable([
      completeRow({ deadline: "12/2025 \u2013 5/2026", reportTime: "10/2025" }),
    ]);
    const findings = check(reportBeforeStart, built);
    expectWellFormed(reportBeforeStart, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "report-before-start",
        severity: "error",
        location: cellAt(0, 1, "reportTime"),
        criterion: "2.3",
        text: "10/2025",
      },
    ]);
  });

  it("accepts a report in the start month or later, and during the work", () => {
    const built = onePlanTable([
      completeRow({ deadline: "12/2025 \u2013 5/2026", reportTime: "12/2025" }),
      completeRow({
        deadline: "9/2025 \u2013 5/2026",
        reportTime: "Cuối học kỳ I năm học 2025-2026",
      }),
      completeRow({ deadline: "9/2025", reportTime: "5/2026" }),
    ]);
    expect(check(reportBeforeStart, built)).toEqual([]);
  });

  it("says nothing when either time has no months", () => {
    const built = onePlanTable([
      completeRow({ deadline: "Cả năm", reportTime: "10/2025" }),
      completeRow({ deadline: "12/2025", reportTime: "Cuối học kỳ I" }),
      completeRow({ deadline: "12/2025", reportTime: "" }),
    ]);
    expect(check(reportBeforeStart, built)).toEqual([]);
  });
});
