import { vagueDeadline } from "../../../src/core/rules/vague-deadline";
import { fixtureCell } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

const WHOLE_YEAR = fixtureCell("mn-liem-hai-2025", /^Cả năm$/);
const BY_BATCH = fixtureCell("mn-liem-hai-2025", /^Theo đợt$/);

describe("vague-deadline", () => {
  it("reports “Cả năm” and fixes it with the plan's teaching months", () => {
    const built = onePlanTable([completeRow({ deadline: WHOLE_YEAR })]);
    const findings = check(vagueDeadline, built);
    expectWellFormed(vagueDeadline, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "vague-deadline",
        severity: "warning",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: WHOLE_YEAR,
        fix: {
          kind: "replaceCellText",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 5 },
          expectedText: WHOLE_YEAR,
          newText: "9/2025 \u2013 5/2026",
          label: expect.any(Object),
        },
      },
    ]);
  });

  it("keeps a frequency word and adds the months after it", () => {
    const built = onePlanTable([
      completeRow({ deadline: BY_BATCH }),
      completeRow({ deadline: "Thường xuyên" }),
    ]);
    expect(check(vagueDeadline, built).map((f) => f.fix?.newText)).toEqual([
      `${BY_BATCH} (9/2025 \u2013 5/2026)`,
      "Thường xuyên (9/2025 \u2013 5/2026)",
    ]);
  });

  it("reports without a fix when the plan has no school year", () => {
    const built = onePlanTable([completeRow({ deadline: WHOLE_YEAR })], { schoolYear: undefined });
    const findings = check(vagueDeadline, built);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.fix).toBeUndefined();
  });

  it("does not report a vague word beside months, nor an open-ended school year", () => {
    const built = onePlanTable([
      completeRow({ deadline: "Thường xuyên, 9/2025 \u2013 5/2026" }),
      completeRow({ deadline: "Năm học 2025-2026 và các năm tiếp theo" }),
      completeRow({ deadline: "10/2025" }),
    ]);
    expect(check(vagueDeadline, built)).toEqual([]);
  });

  it("leaves a month repeated every year (“Tháng 10 hằng năm”) to deadline-without-year", () => {
    const built = onePlanTable([
      completeRow({ deadline: "Tháng 10 hằng năm" }),
      completeRow({ deadline: "Hằng năm vào 15/8" }),
    ]);
    expect(check(vagueDeadline, built)).toEqual([]);
  });
});
