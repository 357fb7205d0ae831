import { otherSchoolYearMentioned } from "../../../src/core/rules/other-school-year-mentioned";
import { fixtureCell } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("other-school-year-mentioned", () => {
  it("reports last year's school year in an action and fixes it to the plan's", () => {
    const text = "Tiếp tục thực hiện kế hoạch năm học 2024-2025";
    const built = onePlanTable([completeRow({ action: text })]);
    const findings = check(otherSchoolYearMentioned, built);
    expectWellFormed(otherSchoolYearMentioned, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "other-school-year-mentioned",
        severity: "warning",
        location: cellAt(0, 1, "action"),
        criterion: "2.3",
        text: "năm học 2024-2025",
        fix: {
          kind: "replaceCellText",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 3 },
          expectedText: text,
          newText: "Tiếp tục thực hiện kế hoạch năm học 2025-2026",
          label: expect.any(Object),
        },
      },
    ]);
  });

  it("keeps the way the year was written (two-digit end year)", () => {
    const built = onePlanTable([completeRow({ target: "Đạt mức 2 như NH 2023 - 24" })], {
      columns: ["number", "criterion", "target", "action", "owner", "deadline"],
    });
    expect(check(otherSchoolYearMentioned, built)[0]?.fix?.newText).toBe(
      "Đạt mức 2 như NH 2025 - 26"
    );
  });

  it("reports a later year without a fix", () => {
    const built = onePlanTable([completeRow({ action: "Chuẩn bị cho năm học 2027-2028" })]);
    const findings = check(otherSchoolYearMentioned, built);
    expect(findings.map((f) => f.ruleId)).toEqual(["other-school-year-mentioned"]);
    expect(findings[0]?.fix).toBeUndefined();
  });

  it("accepts a school year the row's own deadline reaches into (mn-liem-hai-2025: -6/2026-5/2027)", () => {
    const deadline = fixtureCell("mn-liem-hai-2025", /^-6\/2026/);
    const built = onePlanTable([
      completeRow({
        action: "Xây dựng đề án nhà đa năng, khởi công trong năm học 2026-2027",
        deadline,
      }),
    ]);
    expect(check(otherSchoolYearMentioned, built)).toEqual([]);
  });

  it("accepts last year's results in the current-state column, the plan's own year, and time columns", () => {
    const built = onePlanTable([
      completeRow({ weakness: "Năm học 2024-2025 còn 3 trẻ suy dinh dưỡng" }),
      completeRow({ action: "Thực hiện trong năm học 2025-2026" }),
      completeRow({ deadline: "Năm học 2024-2025", reportTime: "NH 2024-2025" }),
      completeRow({ action: "Giai đoạn 2020-2025" }),
    ]);
    expect(check(otherSchoolYearMentioned, built)).toEqual([]);
  });

  it("says nothing when the plan has no school year", () => {
    const built = onePlanTable([completeRow({ action: "Năm học 2019-2020" })], {
      schoolYear: undefined,
    });
    expect(check(otherSchoolYearMentioned, built)).toEqual([]);
  });
});
