import fc from "fast-check";
import { comparisonKey, compactKey, looseKey } from "../../../src/core/text";

/** Syllables in both tone placements, so generated phrases exercise the old/new spelling. */
const SYLLABLES = [
  "uỷ",
  "ủy",
  "hoà",
  "hòa",
  "khoẻ",
  "khỏe",
  "thuỷ",
  "thủy",
  "trường",
  "mầm",
  "non",
  "Đảng",
  "cấp",
  "quản",
  "trị",
  "học",
  "năm",
  "tiêu",
  "chuẩn",
  "chí",
  "ăn",
  "ở",
  "Ý",
  "kiến",
];
const SEPARATORS = [" ", "  ", "\t", "\n", " - ", "–", ", ", " ,", "/"];

const phrase = fc
  .array(fc.tuple(fc.constantFrom(...SYLLABLES), fc.constantFrom(...SEPARATORS)), {
    minLength: 1,
    maxLength: 8,
  })
  .map((pairs) => pairs.map(([syllable, separator]) => syllable + separator).join(""));

/** Swaps between old and new tone placement wherever the pair occurs. */
function swapTonePlacement(text: string): string {
  const pairs: Record<string, string> = {
    uỷ: "ủy",
    ủy: "uỷ",
    hoà: "hòa",
    hòa: "hoà",
    khoẻ: "khỏe",
    khỏe: "khoẻ",
    thuỷ: "thủy",
    thủy: "thuỷ",
  };
  return text.replace(/uỷ|ủy|hoà|hòa|khoẻ|khỏe|thuỷ|thủy/g, (match) => pairs[match] ?? match);
}

describe("comparison keys (properties)", () => {
  it("are unchanged by NFD, case and tone placement", () => {
    fc.assert(
      fc.property(phrase, (text) => {
        const key = comparisonKey(text);
        expect(comparisonKey(text.normalize("NFD"))).toBe(key);
        expect(comparisonKey(text.toUpperCase())).toBe(key);
        expect(comparisonKey(swapTonePlacement(text))).toBe(key);
        expect(looseKey(text.toUpperCase().normalize("NFD"))).toBe(looseKey(text));
        expect(compactKey(swapTonePlacement(text))).toBe(compactKey(text));
      })
    );
  });

  it("never throw and are idempotent on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const key = comparisonKey(text);
        expect(comparisonKey(key)).toBe(key);
        const loose = looseKey(text);
        expect(looseKey(loose)).toBe(loose);
      })
    );
  });

  it("stay fast on long pathological input", () => {
    const inputs = [".".repeat(50_000) + "x", " ,".repeat(50_000), "a\u0301".repeat(50_000)];
    const started = Date.now();
    for (const text of inputs) {
      comparisonKey(text);
      looseKey(text);
      compactKey(text);
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
