import { unknownStandard } from "../../../src/core/rules/unknown-standard";
import { buildPlan, completeRow, onePlanTable, standardGroup } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("unknown-standard", () => {
  it("reports “Tiêu chuẩn 6” in a group row of a mầm non plan, at its cell", () => {
    const built = onePlanTable([standardGroup("6", "Hoạt động khác", "1"), completeRow()]);
    const findings = check(unknownStandard, built);
    expectWellFormed(unknownStandard, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "unknown-standard",
        severity: "error",
        location: {
          tableIndex: 0,
          rowIndex: 1,
          column: "criterion",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
        },
        text: "Tiêu chuẩn 6",
      },
    ]);
  });

  it("reports a heading paragraph's standard on the paragraph", () => {
    const built = buildPlan({
      schoolYear: 2025,
      tables: [
        {
          columns: ["weakness", "action", "deadline", "owner"],
          heading: { code: "5", title: "Quan hệ" },
          rows: [completeRow()],
        },
      ],
      catalogId: "tt57-mn",
    });
    const findings = check(unknownStandard, built);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "unknown-standard",
        severity: "error",
        location: { blockIndex: 1 },
        text: "Tiêu chuẩn 5",
      },
    ]);
  });

  it("does not report standards of the catalog", () => {
    const built = onePlanTable([
      standardGroup("5", "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ", "1"),
    ]);
    expect(check(unknownStandard, built)).toEqual([]);
  });
});
