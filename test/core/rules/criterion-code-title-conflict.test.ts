import { criterionCodeTitleConflict } from "../../../src/core/rules/criterion-code-title-conflict";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("criterion-code-title-conflict", () => {
  it("reports a code whose title is another criterion's, without a fix", () => {
    const built = onePlanTable([completeRow({ criterion: "Tiêu chí 2.2: Đối với nhân viên" })]);
    const findings = check(criterionCodeTitleConflict, built);
    expectWellFormed(criterionCodeTitleConflict, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "criterion-code-title-conflict",
        severity: "warning",
        location: cellAt(0, 1, "criterion"),
        criterion: "2.2",
        text: "Đối với nhân viên",
      },
    ]);
  });

  it("does not report matching titles, unknown codes or unrelated text", () => {
    const built = onePlanTable([
      completeRow({ criterion: "Tiêu chí 2.3: Đối với nhân viên" }),
      completeRow({ criterion: "Tiêu chí 2.4: Đối với nhân viên" }),
      completeRow({ criterion: "Tiêu chí 2.3: Nhà trường không có nhân viên y tế" }),
    ]);
    expect(check(criterionCodeTitleConflict, built)).toEqual([]);
  });
});
