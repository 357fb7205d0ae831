import { foldForSearch, sourceSlice } from "../../../src/core/text";

describe("foldForSearch", () => {
  it("lower-cases, drops diacritics and maps đ to d", () => {
    expect(foldForSearch("Năm Học ĐẾN").text).toBe("nam hoc den");
  });

  it("unifies dashes, slashes and spaces but keeps line breaks distinct", () => {
    expect(foldForSearch("9/2025\u00a0–\u20145／2026\r\nx\ty").text).toBe("9/2025 --5/2026\n\nx y");
  });

  it("gives the same fold for NFC and NFD input", () => {
    const nfc = "Cuối học kỳ I năm học 2025–2026";
    expect(foldForSearch(nfc.normalize("NFD")).text).toBe(foldForSearch(nfc).text);
  });

  it("maps every folded character back to the source", () => {
    for (const source of ["Thời gian thực hiện", "Thời gian thực hiện".normalize("NFD"), "a😀b"]) {
      const folded = foldForSearch(source);
      expect(folded.origins).toHaveLength(folded.text.length + 1);
      expect(sourceSlice(source, folded, 0, folded.text.length)).toBe(source);
      const start = folded.text.indexOf("gian");
      if (start >= 0) {
        expect(sourceSlice(source, folded, start, start + 4).normalize("NFC")).toBe("gian");
      }
    }
    const decomposed = "thực".normalize("NFD");
    const folded = foldForSearch(decomposed);
    // The slice of the folded "u" carries its combining marks with it.
    expect(sourceSlice(decomposed, folded, 2, 3).normalize("NFC")).toBe("ự");
  });

  it("drops invisible characters", () => {
    expect(foldForSearch("a\u200bb\ufeffc\u00add").text).toBe("abcd");
  });
});
