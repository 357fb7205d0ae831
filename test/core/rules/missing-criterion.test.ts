import { missingCriterion } from "../../../src/core/rules/missing-criterion";
import { fixturePlan } from "./support/fixtures";
import { buildPlan, completeRow } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-criterion", () => {
  it("mn-liem-hai-2025: one tip for a plan whose rows name standards only", () => {
    const findings = check(missingCriterion, fixturePlan("mn-liem-hai-2025"));
    expectWellFormed(missingCriterion, findings);
    expect(essentials(findings)).toEqual([
      { ruleId: "missing-criterion", severity: "tip", location: {} },
    ]);
  });

  it("names the table whose rows have no criterion when others have", () => {
    const columns = ["number", "criterion", "action", "owner", "deadline"] as const;
    const built = buildPlan({
      schoolYear: 2025,
      tables: [
        { columns: [...columns], rows: [completeRow()] },
        { columns: [...columns], rows: [completeRow({ criterion: "" })] },
      ],
    });
    expect(essentials(check(missingCriterion, built))).toEqual([
      { ruleId: "missing-criterion", severity: "tip", location: { tableIndex: 1 } },
    ]);
  });

  it("mn-pom-lot-2021: rows name their criteria", () => {
    expect(check(missingCriterion, fixturePlan("mn-pom-lot-2021"))).toEqual([]);
  });
});
