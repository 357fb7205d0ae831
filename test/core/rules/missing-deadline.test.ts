import { missingDeadline } from "../../../src/core/rules/missing-deadline";
import { buildPlan, cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("missing-deadline", () => {
  it("reports a row whose deadline cell is empty, at the deadline cell", () => {
    const built = onePlanTable([completeRow({ deadline: "" })]);
    const findings = check(missingDeadline, built);
    expectWellFormed(missingDeadline, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "missing-deadline",
        severity: "error",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
      },
    ]);
  });

  it("does not report a written deadline, even one it cannot read", () => {
    const built = onePlanTable([
      completeRow({ deadline: "Cả năm" }),
      completeRow({ deadline: "khi có kinh phí" }),
    ]);
    expect(check(missingDeadline, built)).toEqual([]);
  });

  it("does not report a deadline merged down from the row above", () => {
    const built = onePlanTable([
      completeRow(),
      completeRow({ number: "2" }, { mergedFromAbove: ["deadline"] }),
    ]);
    expect(check(missingDeadline, built)).toEqual([]);
  });

  it("reports a plan whose tables have no deadline column once", () => {
    const built = buildPlan({
      schoolYear: 2025,
      tables: [
        { columns: ["weakness", "action", "owner"], rows: [completeRow(), completeRow()] },
        { columns: ["weakness", "action", "owner"], rows: [completeRow()] },
      ],
    });
    expect(essentials(check(missingDeadline, built))).toEqual([
      { ruleId: "missing-deadline", severity: "error", location: {} },
    ]);
  });
});
