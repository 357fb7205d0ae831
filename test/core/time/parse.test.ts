import { parseTimeExpression, type TimeExpression, type TimePart } from "../../../src/core/time";

type PartValue = TimePart extends infer P ? (P extends unknown ? Omit<P, "text"> : never) : never;

function values(expression: TimeExpression): PartValue[] {
  return expression.parts.map(({ text: _text, ...value }) => value as PartValue);
}

const month = (year: number, monthNumber: number) => ({ year, month: monthNumber });
const single = (year: number, monthNumber: number): PartValue => ({
  kind: "monthRange",
  start: month(year, monthNumber),
  end: month(year, monthNumber),
});
const range = (y1: number, m1: number, y2: number, m2: number): PartValue => ({
  kind: "monthRange",
  start: month(y1, m1),
  end: month(y2, m2),
});
const schoolYear = (startYear: number, openEnded = false): PartValue => ({
  kind: "schoolYear",
  startYear,
  endYear: startYear + 1,
  openEnded,
});

function expectUnderstood(text: string, parts: PartValue[]) {
  const expression = parseTimeExpression(text);
  expect(values(expression)).toEqual(parts);
  expect(expression.unparsed).toEqual([]);
  expect(expression.status).toBe("understood");
  expect(expression.text).toBe(text);
}

describe("parseTimeExpression: month and year", () => {
  it.each([
    ["9/2022", single(2022, 9)],
    ["09/2022", single(2022, 9)],
    ["T9/2022", single(2022, 9)],
    ["t.9/2022", single(2022, 9)],
    ["tháng 9/2022", single(2022, 9)],
    ["Tháng 9 / 2022", single(2022, 9)],
    ["Tháng 01 năm 2023", single(2023, 1)],
    ["tháng 9 năm 2022", single(2022, 9)],
    ["THÁNG 12/2025", single(2025, 12)],
    ["Năm 2023", { kind: "year", year: 2023 }],
  ] as const)("%j", (text, part) => expectUnderstood(text, [part]));
});

describe("parseTimeExpression: month ranges", () => {
  it.each([
    ["9/2025 – 5/2026", range(2025, 9, 2026, 5)],
    ["9/2025 - 5/2026", range(2025, 9, 2026, 5)],
    ["9/2025—5/2026", range(2025, 9, 2026, 5)],
    ["9/2025‐5/2026", range(2025, 9, 2026, 5)],
    ["9/2025 −5/2026", range(2025, 9, 2026, 5)],
    ["-6/2026-5/2027", range(2026, 6, 2027, 5)],
    ["Từ tháng 9/2025 đến tháng 5/2026", range(2025, 9, 2026, 5)],
    ["từ 9/2025 đến hết 5/2026", range(2025, 9, 2026, 5)],
    ["Từ tháng 9 năm 2022 đến tháng 5 năm 2023", range(2022, 9, 2023, 5)],
    ["T9/2022 - T5/2023", range(2022, 9, 2023, 5)],
    ["9 - 12/2025", range(2025, 9, 2025, 12)],
    ["tháng 9-12/2022", range(2022, 9, 2022, 12)],
    ["Tháng 9 đến tháng 12 năm 2022", range(2022, 9, 2022, 12)],
    ["9/2025 - tháng 5", range(2025, 9, 2026, 5)],
    ["9/2025 - 12", range(2025, 9, 2025, 12)],
  ] as const)("%j", (text, part) => expectUnderstood(text, [part]));
});

describe("parseTimeExpression: dates", () => {
  it.each([
    ["15/8/2022", { kind: "date", day: 15, month: 8, year: 2022 }],
    ["15/08/2022", { kind: "date", day: 15, month: 8, year: 2022 }],
    ["ngày 05/9/2022", { kind: "date", day: 5, month: 9, year: 2022 }],
    ["ngày 15 tháng 8 năm 2022", { kind: "date", day: 15, month: 8, year: 2022 }],
    ["29/2/2024", { kind: "date", day: 29, month: 2, year: 2024 }],
    ["15/8", { kind: "dayMonth", day: 15, month: 8 }],
    ["ngày 15 tháng 8", { kind: "dayMonth", day: 15, month: 8 }],
    ["29/2", { kind: "dayMonth", day: 29, month: 2 }],
    [
      "15/8/2022 - 30/9/2022",
      {
        kind: "dateRange",
        start: { day: 15, month: 8, year: 2022 },
        end: { day: 30, month: 9, year: 2022 },
      },
    ],
    [
      "Từ ngày 15/8/2022 đến ngày 30/9/2022",
      {
        kind: "dateRange",
        start: { day: 15, month: 8, year: 2022 },
        end: { day: 30, month: 9, year: 2022 },
      },
    ],
    [
      "15/8 - 30/9/2022",
      {
        kind: "dateRange",
        start: { day: 15, month: 8, year: 2022 },
        end: { day: 30, month: 9, year: 2022 },
      },
    ],
    [
      "20/12 - 15/1/2023",
      {
        kind: "dateRange",
        start: { day: 20, month: 12, year: 2022 },
        end: { day: 15, month: 1, year: 2023 },
      },
    ],
  ] as const)("%j", (text, part) => expectUnderstood(text, [part]));
});

describe("parseTimeExpression: school years and terms", () => {
  it.each([
    ["Năm học 2021-2022", schoolYear(2021)],
    ["năm học 2023 - 2024", schoolYear(2023)],
    ["NĂM HỌC 2021–2022", schoolYear(2021)],
    ["Năm học: 2025 – 2026", schoolYear(2025)],
    ["NH 2021-2022", schoolYear(2021)],
    ["NH: 2021-22", schoolYear(2021)],
    ["2021-2022", schoolYear(2021)],
    ["Năm học 2021-2022 và các năm tiếp theo", schoolYear(2021, true)],
    ["Năm học 2021-2022 và những năm tiếp theo", schoolYear(2021, true)],
    ["Năm học 2021-2022, các năm học tiếp theo", schoolYear(2021, true)],
    ["Cả năm học 2021-2022", schoolYear(2021)],
    ["Cuối năm học 2025-2026", { ...schoolYear(2025), position: "end" }],
    ["Học kỳ I", { kind: "term", term: 1 }],
    ["Học kì II", { kind: "term", term: 2 }],
    ["HK2", { kind: "term", term: 2 }],
    ["HKI", { kind: "term", term: 1 }],
    ["học kỳ 1", { kind: "term", term: 1 }],
    [
      "Cuối học kỳ I năm học 2025-2026",
      { kind: "term", term: 1, position: "end", schoolYear: { startYear: 2025, endYear: 2026 } },
    ],
    [
      "HK II (2025-2026)",
      { kind: "term", term: 2, schoolYear: { startYear: 2025, endYear: 2026 } },
    ],
  ] as const)("%j", (text, part) => expectUnderstood(text, [part]));

  it("marks open-ended expressions", () => {
    expect(parseTimeExpression("Năm học 2021-2022 và các năm tiếp theo").openEnded).toBe(true);
    expect(parseTimeExpression("9/2022 và các năm tiếp theo").openEnded).toBe(true);
    expect(parseTimeExpression("Năm học 2021-2022").openEnded).toBe(false);
  });
});

describe("parseTimeExpression: vague times and months without a year", () => {
  it.each([
    ["Cả năm", "whole-year"],
    ["Cả năm học", "whole-year"],
    ["Suốt năm học", "whole-year"],
    ["Trong năm học", "whole-year"],
    ["Theo đợt", "by-batch"],
    ["Từng đợt", "by-batch"],
    ["Thường xuyên", "regularly"],
    ["Liên tục", "regularly"],
    ["Hằng tháng", "monthly"],
    ["Hàng tháng", "monthly"],
    ["Hằng tuần", "weekly"],
    ["Hằng năm", "yearly"],
    ["Định kỳ", "periodic"],
    ["Định kì", "periodic"],
    ["Theo học kỳ", "per-term"],
    ["Đầu năm học", "start-of-year"],
    ["Cuối năm", "end-of-year"],
    ["Các năm tiếp theo", "following-years"],
  ] as const)("%j is %s", (text, vagueness) => {
    expectUnderstood(text, [{ kind: "vague", vagueness }]);
  });

  it.each([
    ["Tháng 9", { kind: "month", month: 9, endMonth: 9 }],
    ["T12", { kind: "month", month: 12, endMonth: 12 }],
    ["Tháng 9 - tháng 5", { kind: "month", month: 9, endMonth: 5 }],
    ["T9-T12", { kind: "month", month: 9, endMonth: 12 }],
  ] as const)("%j", (text, part) => expectUnderstood(text, [part]));
});

describe("parseTimeExpression: months sharing one year, month-year with a dash, quarters", () => {
  it.each([
    ["Tháng 9, 10/2025", range(2025, 9, 2025, 10)],
    ["Tháng 8,9/2025", range(2025, 8, 2025, 9)],
    ["tháng 9, 10 và 11/2025", range(2025, 9, 2025, 11)],
    ["Tháng 9 và tháng 12/2025", range(2025, 9, 2025, 12)],
    ["9, 10/2025", range(2025, 9, 2025, 10)],
    ["Tháng 9-2025", single(2025, 9)],
    ["tháng 09.2025", single(2025, 9)],
    ["Quý I/2026", range(2026, 1, 2026, 3)],
    ["Quý 4 năm 2025", range(2025, 10, 2025, 12)],
  ] as const)("%j", (text, part) => expectUnderstood(text, [part]));

  it("reads both ends of “T9-2025 đến T5-2026”", () => {
    const expression = parseTimeExpression("T9-2025 đến T5-2026");
    expect(values(expression)).toEqual([single(2025, 9), single(2026, 5)]);
    expect(expression.span).toEqual({ start: month(2025, 9), end: month(2026, 5) });
    expect(expression.status).toBe("understood");
  });

  it("still reads a month followed by a school year", () => {
    expectUnderstood("Tháng 9 - 2025-2026", [
      { kind: "month", month: 9, endMonth: 9 },
      schoolYear(2025),
    ]);
  });
});

describe("parseTimeExpression: line-wrap damage", () => {
  it("joins a year broken by a space or line break", () => {
    expectUnderstood("10/20 22", [single(2022, 10)]);
    expectUnderstood("10/20\n22", [single(2022, 10)]);
    expectUnderstood("Năm học 2021-20 22", [schoolYear(2021)]);
  });

  it("reads 9/2022 and reports the stray digit after it as unparsed", () => {
    const expression = parseTimeExpression("9/2022 2");
    expect(values(expression)).toEqual([single(2022, 9)]);
    expect(expression.unparsed).toEqual(["2"]);
    expect(expression.status).toBe("partly-understood");
  });
});

describe("parseTimeExpression: several parts", () => {
  it("reads an open-ended school year and a day/month on the next line", () => {
    const expression = parseTimeExpression("Năm học 2021-2022 và các năm tiếp theo\n15/8");
    expect(values(expression)).toEqual([
      schoolYear(2021, true),
      { kind: "dayMonth", day: 15, month: 8 },
    ]);
    expect(expression.parts.map((p) => p.text)).toEqual([
      "Năm học 2021-2022 và các năm tiếp theo",
      "15/8",
    ]);
    expect(expression.status).toBe("understood");
    expect(expression.openEnded).toBe(true);
  });

  it.each([
    ["10/2025, 3/2026", [single(2025, 10), single(2026, 3)]],
    ["10/2025; 3/2026", [single(2025, 10), single(2026, 3)]],
    ["10/2025 và 3/2026", [single(2025, 10), single(2026, 3)]],
    [
      "Học kỳ I\nCuối năm",
      [
        { kind: "term", term: 1 },
        { kind: "vague", vagueness: "end-of-year" },
      ],
    ],
    [
      "Định kỳ hằng tháng",
      [
        { kind: "vague", vagueness: "periodic" },
        { kind: "vague", vagueness: "monthly" },
      ],
    ],
    ["tháng 9 năm học 2022-2023", [{ kind: "month", month: 9, endMonth: 9 }, schoolYear(2022)]],
  ] as const)("%j", (text, parts) => expectUnderstood(text, [...parts]));

  it("keeps each part's text as written", () => {
    const text = "Từ tháng 9/2025 đến tháng 5/2026; Cả năm";
    expect(parseTimeExpression(text).parts.map((p) => p.text)).toEqual([
      "Từ tháng 9/2025 đến tháng 5/2026",
      "Cả năm",
    ]);
    const nfd = "Tháng 01 năm 2023".normalize("NFD");
    expect(parseTimeExpression(nfd).parts[0]?.text).toBe(nfd);
  });

  it("skips link words and punctuation but reports other words", () => {
    expectUnderstood("đến 5/2026", [single(2026, 5)]);
    expectUnderstood("(9/2025)", [single(2025, 9)]);
    const expression = parseTimeExpression("Hoàn thành trước 15/8/2022");
    expect(values(expression)).toEqual([{ kind: "date", day: 15, month: 8, year: 2022 }]);
    expect(expression.unparsed).toEqual(["Hoàn thành"]);
    expect(expression.status).toBe("partly-understood");
  });
});

describe("parseTimeExpression: impossible and unknown values", () => {
  it.each([
    ["month 13", "13/2022"],
    ["month 0", "0/2022"],
    ["day 32", "32/8/2022"],
    ["31 April", "31/4/2022"],
    ["29 February of a common year", "29/2/2023"],
    ["day 32 without a year", "32/8"],
    ["month 13 without a year", "15/13"],
    ["a five-digit year", "9/20222"],
    ["an implausible year", "9/1022"],
    ["a school year that is not consecutive", "Năm học 2021-2023"],
    ["a bare period that is not a school year", "2020-2025"],
    ["a reversed range", "5/2026 - 9/2025"],
    ["a reversed range within a year", "12 - 9/2025"],
    ["a reversed date range", "30/9/2022 - 15/8/2022"],
    ["a term 3", "Học kỳ III"],
    ["tháng 13", "Tháng 13"],
    ["words only", "Khi có kinh phí"],
    ["a bare number", "2022"],
  ])("does not understand %s (%j)", (_label, text) => {
    const expression = parseTimeExpression(text);
    expect(expression.parts).toEqual([]);
    expect(expression.status).toBe("not-understood");
    expect(expression.unparsed.join(" ")).toBe(text);
    expect(expression.span).toBeUndefined();
  });

  it("keeps a valid part beside an impossible one", () => {
    const expression = parseTimeExpression("9/2025, 13/2025");
    expect(values(expression)).toEqual([single(2025, 9)]);
    expect(expression.unparsed).toEqual(["13/2025"]);
    expect(expression.status).toBe("partly-understood");
  });

  it.each(["", "   ", "\n\t", "-", " – ", "...", "…", "___", "và"])("calls %j empty", (text) => {
    const expression = parseTimeExpression(text);
    expect(expression).toMatchObject({
      parts: [],
      unparsed: [],
      status: "empty",
      openEnded: false,
    });
  });
});

describe("parseTimeExpression: span", () => {
  it.each([
    ["9/2025 – 5/2026", { start: month(2025, 9), end: month(2026, 5) }],
    ["15/8/2022", { start: month(2022, 8), end: month(2022, 8) }],
    ["15/8 - 30/9/2022", { start: month(2022, 8), end: month(2022, 9) }],
    ["Năm học 2021-2022", { start: month(2021, 8), end: month(2022, 7) }],
    ["Năm 2023", { start: month(2023, 1), end: month(2023, 12) }],
    ["HK I năm học 2025-2026", { start: month(2025, 8), end: month(2026, 1) }],
    ["HK II năm học 2025-2026", { start: month(2026, 1), end: month(2026, 7) }],
    ["10/2025, 3/2026", { start: month(2025, 10), end: month(2026, 3) }],
    [
      "Năm học 2021-2022 và các năm tiếp theo\n15/8",
      { start: month(2021, 8), end: month(2022, 7) },
    ],
  ])("%j", (text, span) => {
    expect(parseTimeExpression(text).span).toEqual(span);
  });

  it.each(["Cả năm", "15/8", "Tháng 9", "Học kỳ I", "", "abc"])("is unknown for %j", (text) => {
    expect(parseTimeExpression(text).span).toBeUndefined();
  });
});
