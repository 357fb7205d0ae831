import { standardCodeTitleConflict } from "../../../src/core/rules/standard-code-title-conflict";
import { onePlanTable, standardGroup } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("standard-code-title-conflict", () => {
  it("reports a standard number whose title is another standard's", () => {
    const built = onePlanTable([standardGroup("2", "Cơ sở vật chất và thiết bị dạy học", "1")]);
    const findings = check(standardCodeTitleConflict, built);
    expectWellFormed(standardCodeTitleConflict, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "standard-code-title-conflict",
        severity: "warning",
        location: {
          tableIndex: 0,
          rowIndex: 1,
          column: "criterion",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
        },
        text: "Cơ sở vật chất và thiết bị dạy học",
      },
    ]);
    expect(findings[0]?.fix).toBeUndefined();
  });

  it("does not report a standard's own title, even cut short", () => {
    const built = onePlanTable([
      standardGroup("3", "Cơ sở vật chất và thiết bị dạy học", "1"),
      standardGroup("3", "Cơ sở vật chất và thiết bị", "2"),
    ]);
    expect(check(standardCodeTitleConflict, built)).toEqual([]);
  });
});
