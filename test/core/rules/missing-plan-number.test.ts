import { missingPlanNumber } from "../../../src/core/rules/missing-plan-number";
import { fixturePlan } from "./support/fixtures";
import { completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-plan-number", () => {
  it("mn-liem-hai-2025: “Số: /KH-MNLH” left blank, a tip on its paragraph", () => {
    const built = fixturePlan("mn-liem-hai-2025");
    const findings = check(missingPlanNumber, built);
    expectWellFormed(missingPlanNumber, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "missing-plan-number",
        severity: "tip",
        location: { blockIndex: built.plan.metadata.planNumber?.blockIndex },
        text: built.plan.metadata.planNumber?.text,
      },
    ]);
  });

  it("reports a plan with no number line at all", () => {
    expect(essentials(check(missingPlanNumber, onePlanTable([completeRow()])))).toEqual([
      { ruleId: "missing-plan-number", severity: "tip", location: {} },
    ]);
  });

  it("mn-pom-lot-2021: numbered 97/KH-MNPL", () => {
    expect(check(missingPlanNumber, fixturePlan("mn-pom-lot-2021"))).toEqual([]);
  });
});
