import {
  combinedSpan,
  compareDates,
  compareMonthYear,
  daysInMonth,
  isWithin,
  monthInSchoolYear,
  parseTimeExpression,
  partSpan,
  schoolYearWindow,
} from "../../../src/core/time";

describe("compareMonthYear / compareDates", () => {
  it("orders by year, then month, then day", () => {
    expect(compareMonthYear({ year: 2025, month: 9 }, { year: 2026, month: 5 })).toBeLessThan(0);
    expect(compareMonthYear({ year: 2026, month: 5 }, { year: 2025, month: 9 })).toBeGreaterThan(0);
    expect(compareMonthYear({ year: 2025, month: 12 }, { year: 2026, month: 1 })).toBe(-1);
    expect(compareMonthYear({ year: 2025, month: 9 }, { year: 2025, month: 9 })).toBe(0);
    expect(
      compareDates({ year: 2025, month: 9, day: 5 }, { year: 2025, month: 9, day: 15 })
    ).toBeLessThan(0);
  });

  it("sorts month lists", () => {
    const months = [
      { year: 2026, month: 1 },
      { year: 2025, month: 12 },
      { year: 2025, month: 9 },
    ];
    expect([...months].sort(compareMonthYear).map((m) => `${m.month}/${m.year}`)).toEqual([
      "9/2025",
      "12/2025",
      "1/2026",
    ]);
  });
});

describe("schoolYearWindow / isWithin / monthInSchoolYear", () => {
  const window = schoolYearWindow(2025);

  it("covers 8/Y through 7/Y+1", () => {
    expect(window).toEqual({ start: { year: 2025, month: 8 }, end: { year: 2026, month: 7 } });
  });

  it.each([
    [2025, 8, true],
    [2025, 9, true],
    [2026, 5, true],
    [2026, 7, true],
    [2025, 7, false],
    [2026, 8, false],
    [2024, 12, false],
  ])("%d/%d within 2025–2026: %s", (year, month, inside) => {
    expect(isWithin({ year, month }, window)).toBe(inside);
  });

  it("places a month without a year in the school year", () => {
    expect(monthInSchoolYear(8, 2021)).toEqual({ year: 2021, month: 8 });
    expect(monthInSchoolYear(12, 2021)).toEqual({ year: 2021, month: 12 });
    expect(monthInSchoolYear(1, 2021)).toEqual({ year: 2022, month: 1 });
    expect(monthInSchoolYear(7, 2021)).toEqual({ year: 2022, month: 7 });
  });
});

describe("daysInMonth", () => {
  it.each([
    [1, 2025, 31],
    [4, 2025, 30],
    [2, 2023, 28],
    [2, 2024, 29],
    [2, 2100, 28],
    [2, 2000, 29],
    [2, undefined, 29],
  ])("month %d of %s has %d days", (month, year, days) => {
    expect(daysInMonth(month, year)).toBe(days);
  });
});

describe("partSpan / combinedSpan", () => {
  it("has no span for parts without a year", () => {
    for (const text of ["15/8", "Tháng 9", "Cả năm", "HK1"]) {
      const part = parseTimeExpression(text).parts[0];
      expect(part && partSpan(part)).toBeUndefined();
    }
  });

  it("spans the union of the parts", () => {
    const { parts } = parseTimeExpression("3/2026\n10/2025 – 12/2025\nCả năm");
    expect(combinedSpan(parts)).toEqual({
      start: { year: 2025, month: 10 },
      end: { year: 2026, month: 3 },
    });
    expect(combinedSpan([])).toBeUndefined();
  });
});
