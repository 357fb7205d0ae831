import { parseSchoolYear, parseTimeExpression } from "../../../src/core/time";
import { readSourceText } from "./shared-files";

/**
 * The cells of the "Thời gian…" column of the tab-separated plan tables, found by the header.
 * Only rows as wide as the header count (other tables, such as the appendix, are narrower), and
 * the "--" rule rows the text export draws under a page-broken table are not cells.
 */
function timeCells(text: string): string[] {
  const rows = text.split("\n").map((line) => line.split("\t"));
  const cells: string[] = [];
  let column = -1;
  let width = 0;
  for (const row of rows) {
    const header = row.findIndex((cell) => /^Thời gian/.test(cell.trim()));
    if (header >= 0) {
      column = header;
      width = row.length;
      continue;
    }
    const cell = row[column]?.trim() ?? "";
    if (row.length === width && cell !== "" && !/^-+$/.test(cell)) cells.push(cell);
  }
  return cells;
}

describe("deadline cells of the fixture plans", () => {
  it("mn-liem-hai-2025: every cell is understood (ranges, a leading dash, vague words)", () => {
    const cells = timeCells(readSourceText("mn-liem-hai-2025"));
    expect(cells.length).toBe(12);
    for (const cell of cells) {
      const expression = parseTimeExpression(cell);
      expect({ cell, status: expression.status }).toEqual({ cell, status: "understood" });
    }
    const kinds = new Set(
      cells.flatMap((cell) => parseTimeExpression(cell).parts.map((p) => p.kind))
    );
    expect(kinds).toEqual(new Set(["monthRange", "vague"]));
  });

  it("mn-liem-hai-2025: dated cells fall in the plan's school year or the next", () => {
    const text = readSourceText("mn-liem-hai-2025");
    const schoolYear = parseSchoolYear(text);
    expect(schoolYear).toMatchObject({ startYear: 2025, endYear: 2026 });
    for (const cell of timeCells(text)) {
      const span = parseTimeExpression(cell).span;
      if (span) expect(span.start.year).toBeGreaterThanOrEqual(2025);
    }
  });

  it("mn-pom-lot-2021: open-ended school years, one with a day/month beside it", () => {
    const cells = timeCells(readSourceText("mn-pom-lot-2021"));
    expect(cells.length).toBe(2);
    const expressions = cells.map(parseTimeExpression);
    for (const expression of expressions) {
      expect(expression.status).toBe("understood");
      expect(expression.openEnded).toBe(true);
      expect(expression.parts[0]).toMatchObject({
        kind: "schoolYear",
        startYear: 2021,
        openEnded: true,
      });
    }
    expect(expressions[0]?.parts.map((p) => p.kind)).toEqual(["schoolYear", "dayMonth"]);
  });
});
