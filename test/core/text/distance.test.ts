import fc from "fast-check";
import {
  closestMatch,
  codePointLength,
  comparisonKey,
  editDistance,
  similarity,
} from "../../../src/core/text";

/** Textbook Levenshtein, to check the optimised one against. */
function referenceDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const table = Array.from({ length: x.length + 1 }, (_, i) =>
    Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  );
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const previous = table[i - 1] as number[];
      const current = table[i] as number[];
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1)
      );
    }
  }
  return (table[x.length] as number[])[y.length] as number;
}

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["", "abc", 3],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["giáo viên", "nhân viên", 4],
    ["1.1", "1.10", 1],
  ])("distance(%j, %j) = %d", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it("counts an astral character as one edit", () => {
    expect(editDistance("a😀b", "ab")).toBe(1);
    expect(codePointLength("a😀b")).toBe(3);
  });

  it("counts a precomposed Vietnamese letter as one code point", () => {
    expect(editDistance("ủ", "u")).toBe(1);
  });

  it("agrees with the textbook algorithm", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(referenceDistance(a, b));
      })
    );
  });

  it("agrees with the textbook algorithm on long strings (several 32-character blocks)", () => {
    const letters = fc.constantFrom("a", "b", "c", "ă", "ơ", "😀", " ");
    const text = fc.array(letters, { maxLength: 120 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(editDistance(a, b)).toBe(referenceDistance(a, b));
      }),
      { numRuns: 300 }
    );
  });

  it("handles block boundaries exactly (lengths 31–33, 63–65)", () => {
    for (const length of [31, 32, 33, 63, 64, 65]) {
      const a = "ab".repeat(length).slice(0, length);
      const b = "x" + a.slice(1, -1) + "y";
      expect(editDistance(a, b)).toBe(referenceDistance(a, b));
      expect(editDistance(a, "")).toBe(length);
      expect(editDistance(a, a.split("").reverse().join(""))).toBe(
        referenceDistance(a, a.split("").reverse().join(""))
      );
    }
  });

  it("caps at maxDistance + 1 and is exact below the cap", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 10, unit: "binary" }),
        fc.string({ maxLength: 10, unit: "binary" }),
        fc.nat(6),
        (a, b, max) => {
          const exact = referenceDistance(a, b);
          expect(editDistance(a, b, max)).toBe(Math.min(exact, max + 1));
        }
      )
    );
  });
});

describe("similarity", () => {
  it("is 1 for equal strings and 0 for entirely different ones of equal length", () => {
    expect(similarity("", "")).toBe(1);
    expect(similarity("abc", "abc")).toBe(1);
    expect(similarity("abc", "xyz")).toBe(0);
    expect(similarity("abcd", "abcx")).toBeCloseTo(0.75);
  });
});

describe("closestMatch", () => {
  const titles = [
    "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập",
    "Khối phòng hành chính - quản trị",
    "Khối phòng tổ chức ăn",
  ].map(comparisonKey);

  it("finds the closest candidate", () => {
    const match = closestMatch(
      comparisonKey("Khó khăn nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập"),
      titles
    );
    expect(match?.index).toBe(0);
    expect(match?.distance).toBeGreaterThan(0);
    expect(match?.similarity).toBeGreaterThan(0.8);
  });

  it("returns undefined when nothing reaches the threshold", () => {
    expect(closestMatch(comparisonKey("Thư viện"), titles, { minSimilarity: 0.7 })).toBeUndefined();
    expect(closestMatch("x", [])).toBeUndefined();
  });

  it("keeps the first candidate on ties", () => {
    expect(closestMatch("ab", ["ax", "xb", "ab", "ab"])?.index).toBe(2);
    expect(closestMatch("ab", ["ax", "xb"])?.index).toBe(0);
  });

  it("agrees with an exhaustive search", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 8 }),
        fc.array(fc.string({ maxLength: 8 }), { maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (query, candidates, minSimilarity) => {
          const scores = candidates.map((candidate) => similarity(query, candidate));
          const best = Math.max(-1, ...scores);
          const match = closestMatch(query, candidates, { minSimilarity });
          if (best < minSimilarity) {
            expect(match).toBeUndefined();
          } else {
            expect(match?.index).toBe(scores.indexOf(best));
            expect(match?.similarity).toBeCloseTo(best, 10);
          }
        }
      )
    );
  });
});
