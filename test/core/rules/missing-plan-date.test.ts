import { missingPlanDate } from "../../../src/core/rules/missing-plan-date";
import { completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-plan-date", () => {
  it("reports an undated plan as a tip", () => {
    const findings = check(missingPlanDate, onePlanTable([completeRow()]));
    expectWellFormed(missingPlanDate, findings);
    expect(essentials(findings)).toEqual([
      { ruleId: "missing-plan-date", severity: "tip", location: {} },
    ]);
  });

  it("does not report a dated plan", () => {
    const built = onePlanTable([completeRow()], { date: { day: 27, month: 10, year: 2025 } });
    expect(check(missingPlanDate, built)).toEqual([]);
  });
});
