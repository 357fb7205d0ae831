import { normalizeSpace, normalizeText, toNfc } from "../../../src/core/text";

describe("normalizeSpace", () => {
  it("collapses tabs, line breaks and no-break spaces, and trims", () => {
    expect(normalizeSpace(" \tNăm học\u00a0\u00a02021 -\n2022  ")).toBe("Năm học 2021 - 2022");
  });

  it("removes zero-width characters and soft hyphens", () => {
    expect(normalizeSpace("Thư\u200bviện\u00ad")).toBe("Thưviện");
  });

  it("keeps the letters as they are (no case or Unicode change)", () => {
    const nfd = "Hòa".normalize("NFD");
    expect(normalizeSpace(nfd)).toBe(nfd);
  });

  it("returns an empty string for blank text", () => {
    expect(normalizeSpace("")).toBe("");
    expect(normalizeSpace(" \n ")).toBe("");
  });
});

describe("toNfc / normalizeText", () => {
  it("composes decomposed Vietnamese", () => {
    const nfd = "Trường mầm non".normalize("NFD");
    expect(nfd).not.toBe("Trường mầm non");
    expect(toNfc(nfd)).toBe("Trường mầm non");
    expect(normalizeText(`  ${nfd}\n`)).toBe("Trường mầm non");
  });
});
