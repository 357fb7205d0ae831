import { missingSchoolYear } from "../../../src/core/rules/missing-school-year";
import { fixturePlan } from "./support/fixtures";
import { completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-school-year", () => {
  it("reports a plan without a school year, once", () => {
    const findings = check(
      missingSchoolYear,
      onePlanTable([completeRow()], { schoolYear: undefined })
    );
    expectWellFormed(missingSchoolYear, findings);
    expect(essentials(findings)).toEqual([
      { ruleId: "missing-school-year", severity: "warning", location: {} },
    ]);
  });

  it("does not report the fixture plans, which state theirs", () => {
    expect(check(missingSchoolYear, fixturePlan("mn-liem-hai-2025"))).toEqual([]);
    expect(check(missingSchoolYear, fixturePlan("mn-pom-lot-2021"))).toEqual([]);
  });
});
