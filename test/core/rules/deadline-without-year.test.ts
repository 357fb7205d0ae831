import { deadlineWithoutYear } from "../../../src/core/rules/deadline-without-year";
import { fixtureCell } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("deadline-without-year", () => {
  it("reports the “15/8” beside an open-ended school year (mn-pom-lot-2021)", () => {
    const deadline = fixtureCell("mn-pom-lot-2021", /tiếp theo\s+15\/8$/);
    const built = onePlanTable([completeRow({ deadline })], { schoolYear: 2021 });
    const findings = check(deadlineWithoutYear, built);
    expectWellFormed(deadlineWithoutYear, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "deadline-without-year",
        severity: "warning",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: "15/8",
      },
    ]);
  });

  it("reports months without a year", () => {
    const built = onePlanTable([completeRow({ deadline: "Tháng 9 - tháng 5" })]);
    expect(check(deadlineWithoutYear, built).map((f) => f.text)).toEqual(["Tháng 9 - tháng 5"]);
  });

  it("fixes with the year each month falls in within the plan's school year", () => {
    const built = onePlanTable(
      [
        completeRow({ deadline: "Tháng 9 - tháng 5" }),
        completeRow({ deadline: "15/8" }),
        completeRow({ deadline: "Từ tháng 3" }),
        completeRow({ deadline: "Năm học 2021-2022 và các năm tiếp theo 15/8" }),
      ],
      { schoolYear: 2021 }
    );
    const fixes = check(deadlineWithoutYear, built).map((finding) => finding.fix);
    expect(fixes.map((fix) => fix?.newText)).toEqual([
      "Tháng 9/2021 – tháng 5/2022",
      "15/8/2021",
      "Từ tháng 3/2022",
      undefined,
    ]);
    expect(fixes[0]).toMatchObject({
      kind: "replaceCellText",
      expectedText: "Tháng 9 - tháng 5",
      label: { vi: "Ghi năm theo năm học 2021–2022" },
    });
  });

  it("offers no fix when the plan names no school year", () => {
    const built = onePlanTable([completeRow({ deadline: "15/8" })], { schoolYear: undefined });
    const [finding] = check(deadlineWithoutYear, built);
    expect(finding?.text).toBe("15/8");
    expect(finding?.fix).toBeUndefined();
  });

  it("does not report dates and months with their year", () => {
    const built = onePlanTable([
      completeRow({ deadline: "15/8/2026" }),
      completeRow({ deadline: "Tháng 01 năm 2026" }),
      completeRow({ deadline: "Học kỳ I năm học 2025-2026" }),
    ]);
    expect(check(deadlineWithoutYear, built)).toEqual([]);
  });
});
