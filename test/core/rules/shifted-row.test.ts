import { shiftedRow } from "../../../src/core/rules/shifted-row";
import { missingOwner } from "../../../src/core/rules/missing-owner";
import { deadlineNotUnderstood } from "../../../src/core/rules/deadline-not-understood";
import {
  COMPLETE_CELLS,
  completeRow,
  onePlanTable,
  STANDARD_COLUMNS,
} from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

/** The complete row's texts without the weakness cell: everything after it one column left. */
const WITHOUT_WEAKNESS = STANDARD_COLUMNS.filter((role) => role !== "weakness").map(
  (role) => COMPLETE_CELLS[role] ?? ""
);

describe("shifted-row", () => {
  it("reports an owner in the deadline column and a date in the owner column", () => {
    const built = onePlanTable([completeRow({ owner: "9/2025 \u2013 5/2026", deadline: "BGH" })]);
    const findings = check(shiftedRow, built);
    expectWellFormed(shiftedRow, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "shifted-row",
        severity: "warning",
        location: { tableIndex: 0, rowIndex: 1 },
        criterion: "2.3",
        text: "BGH",
      },
    ]);
    // The cells' own rules leave the row to this one.
    expect(check(deadlineNotUnderstood, built)).toEqual([]);
  });

  it("reports “Hiệu trưởng” alone in the deadline column", () => {
    const built = onePlanTable([completeRow({ owner: "", deadline: "Hiệu trưởng" })]);
    expect(check(shiftedRow, built).map((f) => f.text)).toEqual(["Hiệu trưởng"]);
  });

  it("reports a row missing a cell mid-row that recognition read back into place", () => {
    // Seven cells for eight columns; recognition read cell i under column i+1 after the gap.
    const readAs = Object.fromEntries(
      STANDARD_COLUMNS.filter((role) => role !== "weakness").map((role, index) => [role, index])
    );
    const built = onePlanTable([completeRow({}, { physical: WITHOUT_WEAKNESS, readAs })]);
    expect(essentials(check(shiftedRow, built))).toEqual([
      {
        ruleId: "shifted-row",
        severity: "warning",
        location: { tableIndex: 0, rowIndex: 1 },
        criterion: "2.3",
      },
    ]);
  });

  it("reports a row with fewer cells than columns, and other rules skip the cells it lacks", () => {
    const cells = STANDARD_COLUMNS.map((role) => COMPLETE_CELLS[role] ?? "").slice(0, 4);
    const built = onePlanTable([completeRow({}, { physical: cells })]);
    expect(check(shiftedRow, built).map((f) => f.ruleId)).toEqual(["shifted-row"]);
    expect(check(missingOwner, built)).toEqual([]);
  });

  it("does not report complete rows, rows declaring their missing cells, or empty cells", () => {
    const cells = STANDARD_COLUMNS.map((role) => COMPLETE_CELLS[role] ?? "").slice(0, 7);
    const built = onePlanTable([
      completeRow(),
      completeRow({}, { physical: cells, gridAfter: 1 }),
      completeRow({ owner: "", deadline: "" }),
      completeRow({ owner: "Tổ CM, GV", deadline: "Học kỳ I" }),
    ]);
    expect(check(shiftedRow, built)).toEqual([]);
  });
});
