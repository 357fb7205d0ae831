import { deadlineBeforePlanDate } from "../../../src/core/rules/deadline-before-plan-date";
import { fixtureCell } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

const SIGNED_IN_APRIL = { date: { day: 6, month: 4, year: 2026 } };

describe("deadline-before-plan-date", () => {
  it("reports a deadline that had passed when the plan was signed (mn-liem-hai-2025: 10/2025)", () => {
    const deadline = fixtureCell("mn-liem-hai-2025", /^10\/2025$/);
    const built = onePlanTable([completeRow({ deadline })], SIGNED_IN_APRIL);
    const findings = check(deadlineBeforePlanDate, built);
    expectWellFormed(deadlineBeforePlanDate, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "deadline-before-plan-date",
        severity: "warning",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: deadline,
      },
    ]);
  });

  it("accepts deadlines ending in the month of the plan's date or later", () => {
    const built = onePlanTable(
      [
        completeRow({ deadline: "9/2025 \u2013 4/2026" }),
        completeRow({ deadline: "9/2025 \u2013 5/2026" }),
      ],
      SIGNED_IN_APRIL
    );
    expect(check(deadlineBeforePlanDate, built)).toEqual([]);
  });

  it("leaves deadlines before the school year to deadline-outside-school-year, and needs a date", () => {
    const beforeYear = onePlanTable([completeRow({ deadline: "5/2025" })], SIGNED_IN_APRIL);
    const undated = onePlanTable([completeRow({ deadline: "10/2025" })]);
    expect(check(deadlineBeforePlanDate, beforeYear)).toEqual([]);
    expect(check(deadlineBeforePlanDate, undated)).toEqual([]);
  });
});
