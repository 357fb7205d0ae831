import fc from "fast-check";
import { parseTimeExpression, type TimeExpression } from "../../../src/core/time";

/** What must not change when only the spelling of the input changes: everything but echoed text. */
function structure(expression: TimeExpression) {
  return {
    parts: expression.parts.map(({ text: _text, ...value }) => value),
    status: expression.status,
    openEnded: expression.openEnded,
    span: expression.span,
  };
}

/** Plan-like fragments, so generated inputs hit the grammar rather than only its failure paths. */
const FRAGMENTS = [
  "9",
  "09",
  "12",
  "13",
  "15",
  "32",
  "/",
  "/",
  "-",
  "–",
  "—",
  "2022",
  "2025",
  "20",
  "22",
  "20222",
  "Tháng",
  "tháng",
  "T",
  "năm",
  "Năm học",
  "NH",
  "học kỳ",
  "HK",
  "I",
  "II",
  "2",
  "Cả năm",
  "Theo đợt",
  "Thường xuyên",
  "Hằng tháng",
  "Định kỳ",
  "và",
  "các năm tiếp theo",
  "những năm tiếp theo",
  "Từ",
  "đến",
  "ngày",
  "Cuối",
  ",",
  ";",
  "\n",
  "(",
  ")",
  "hoàn thành",
  "Khối phòng",
  "ủy",
  "uỷ",
  "Đ",
  "…",
];
const GLUE = ["", " ", "  ", "\n", "\t", "\u00a0"];

const planLike = fc
  .array(fc.tuple(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...GLUE)), { maxLength: 12 })
  .map((pairs) => pairs.map(([fragment, glue]) => fragment + glue).join(""));

/** Well-formed (and nearly well-formed) time expressions, joined the way cells join them. */
const DASHES = ["-", " - ", "–", " – ", "—", " đến "];
const month = fc.integer({ min: 0, max: 14 }).map(String);
const paddedMonth = fc.integer({ min: 1, max: 12 }).map((m) => String(m).padStart(2, "0"));
const day = fc.integer({ min: 0, max: 33 }).map(String);
const year = fc.oneof(fc.integer({ min: 2018, max: 2028 }), fc.constant(20222)).map(String);
const wrappedYear = year.map((y) => `${y.slice(0, 2)} ${y.slice(2)}`);
const dash = fc.constantFrom(...DASHES);
const monthWord = fc.constantFrom("", "T", "tháng ", "Tháng ", "Th.");
const timeForm = fc.oneof(
  fc
    .tuple(monthWord, fc.oneof(month, paddedMonth), fc.oneof(year, wrappedYear))
    .map(([w, m, y]) => `${w}${m}/${y}`),
  fc
    .tuple(month, year, dash, month, year)
    .map(([m1, y1, d, m2, y2]) => `${m1}/${y1}${d}${m2}/${y2}`),
  fc.tuple(month, dash, month, year).map(([m1, d, m2, y]) => `tháng ${m1}${d}${m2}/${y}`),
  fc.tuple(day, month, year).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(day, month).map(([d, m]) => `${d}/${m}`),
  fc.tuple(month, year).map(([m, y]) => `Tháng ${m} năm ${y}`),
  fc
    .tuple(
      fc.constantFrom("Năm học ", "NH ", "năm học: ", ""),
      fc.integer({ min: 2018, max: 2028 }),
      dash,
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom("", " và các năm tiếp theo", " những năm tiếp theo")
    )
    .map(([w, y, d, step, rest]) => `${w}${y}${d}${y + step}${rest}`),
  fc
    .tuple(
      fc.constantFrom("", "Cuối ", "Đầu "),
      fc.constantFrom("Học kỳ ", "HK", "học kì "),
      fc.constantFrom("I", "II", "1", "2", "III")
    )
    .map((parts) => parts.join("")),
  fc.constantFrom(
    "Cả năm",
    "Theo đợt",
    "Thường xuyên",
    "Hằng tháng",
    "Định kỳ",
    "Suốt năm học",
    "hoàn thành"
  )
);
const timeLike = fc
  .array(fc.tuple(timeForm, fc.constantFrom("\n", ", ", "; ", " và ", "  ", " ")), {
    minLength: 1,
    maxLength: 4,
  })
  .map((pairs) => pairs.map(([form, separator]) => form + separator).join(""));

/** Replaces every whitespace run with another non-empty one and pads both ends. */
const respaced = (text: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(" ", "  ", "\t", "\n", "\u00a0", " \n "), {
        minLength: 64,
        maxLength: 64,
      }),
      fc.constantFrom("", " ", "\n"),
      fc.constantFrom("", "  ", "\t")
    )
    .map(([runs, before, after]) => {
      let index = 0;
      const body = text.replace(/\s+/g, () => runs[index++ % runs.length] ?? " ");
      return before + body + after;
    });

describe("parseTimeExpression (properties)", () => {
  it("never throws, on any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary" }), fc.string({ maxLength: 300 }), planLike, timeLike),
        (text) => {
          const expression = parseTimeExpression(text);
          expect(expression.text).toBe(text);
          expect(["empty", "understood", "partly-understood", "not-understood"]).toContain(
            expression.status
          );
        }
      ),
      { numRuns: 500 }
    );
  });

  it("reads the same parts whatever the whitespace", () => {
    fc.assert(
      fc.property(
        fc
          .oneof(timeLike, planLike, fc.string({ maxLength: 60 }))
          .chain((text) => respaced(text).map((variant) => [text, variant] as const)),
        ([text, variant]) => {
          expect(structure(parseTimeExpression(variant))).toEqual(
            structure(parseTimeExpression(text))
          );
        }
      ),
      { numRuns: 500 }
    );
  });

  it("reads the same parts in upper, lower and mixed case", () => {
    const withFlips = fc.tuple(
      fc.oneof(timeLike, planLike, fc.string({ maxLength: 60 })),
      fc.array(fc.boolean(), { minLength: 16, maxLength: 16 })
    );
    fc.assert(
      fc.property(withFlips, ([text, flips]) => {
        const expected = structure(parseTimeExpression(text));
        const mixed = Array.from(text, (char, i) =>
          flips[i % flips.length] ? char.toUpperCase() : char.toLowerCase()
        ).join("");
        expect(structure(parseTimeExpression(text.toUpperCase()))).toEqual(expected);
        expect(structure(parseTimeExpression(text.toLowerCase()))).toEqual(expected);
        expect(structure(parseTimeExpression(mixed))).toEqual(expected);
      }),
      { numRuns: 500 }
    );
  });

  it("reads the same parts from NFC and NFD input", () => {
    fc.assert(
      fc.property(
        fc.oneof(timeLike, planLike, fc.string({ unit: "grapheme", maxLength: 40 })),
        (text) => {
          const expected = structure(parseTimeExpression(text.normalize("NFC")));
          expect(structure(parseTimeExpression(text.normalize("NFD")))).toEqual(expected);
        }
      ),
      { numRuns: 500 }
    );
  });

  it("understands most well-formed expressions (the generators reach the grammar)", () => {
    const samples = fc.sample(timeLike, { numRuns: 500, seed: 42 });
    const understood = samples.filter((text) => parseTimeExpression(text).parts.length > 0);
    expect(understood.length).toBeGreaterThan(400);
  });

  it("keeps every part's text a piece of the input", () => {
    fc.assert(
      fc.property(fc.oneof(timeLike, planLike), (text) => {
        for (const part of parseTimeExpression(text).parts) expect(text).toContain(part.text);
        for (const piece of parseTimeExpression(text).unparsed) expect(text).toContain(piece);
      }),
      { numRuns: 300 }
    );
  });

  it("stays linear on long and pathological input", () => {
    const inputs = [
      "1/".repeat(50_000),
      "9/2022 - ".repeat(20_000),
      " ".repeat(100_000) + "9/2022",
      "tháng ".repeat(30_000),
      "1 ".repeat(50_000),
      "năm học 2021-".repeat(10_000),
      "\u0301".repeat(100_000),
      "9/2025 – 5/2026\n".repeat(5_000),
    ];
    const started = Date.now();
    for (const input of inputs) parseTimeExpression(input);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
