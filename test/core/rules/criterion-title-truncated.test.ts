import { criterionTitleTruncated } from "../../../src/core/rules/criterion-title-truncated";
import { fixtureLine } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("criterion-title-truncated", () => {
  it("suggests the full title for “Hội đồng trường” (mn-19-8-tap-huan-2022)", () => {
    const criterion = fixtureLine("mn-19-8-tap-huan-2022", /^Tiêu chí 1\.2\./);
    const built = onePlanTable([completeRow({ criterion })]);
    const findings = check(criterionTitleTruncated, built);
    expectWellFormed(criterionTitleTruncated, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "criterion-title-truncated",
        severity: "tip",
        location: cellAt(0, 1, "criterion"),
        criterion: "1.2",
        text: "Hội đồng trường",
        fix: {
          kind: "replaceCellText",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
          expectedText: criterion,
          newText:
            "Tiêu chí 1.2. Hội đồng trường (Hội đồng quản trị đối với trường tư thục) và các hội đồng khác",
          label: expect.any(Object),
        },
      },
    ]);
  });

  it("does not report full or misspelled titles", () => {
    const built = onePlanTable([
      completeRow({ criterion: "Tiêu chí 2.3: Đối với nhân viên" }),
      completeRow({ criterion: "Tiêu chí 2.3: Doi voi nhan vien" }),
    ]);
    expect(check(criterionTitleTruncated, built)).toEqual([]);
  });
});
