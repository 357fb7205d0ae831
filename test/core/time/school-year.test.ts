import { findSchoolYearMentions, parseSchoolYear } from "../../../src/core/time";
import { readSourceText } from "./shared-files";

describe("parseSchoolYear", () => {
  it.each([
    ["Năm học 2022 - 2023", 2022, "Năm học 2022 - 2023"],
    ["Năm học: 2025 – 2026", 2025, "Năm học: 2025 – 2026"],
    ["NĂM HỌC 2021-2022", 2021, "NĂM HỌC 2021-2022"],
    ["**Năm học 2021 - 2022**", 2021, "Năm học 2021 - 2022"],
    ["KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG NĂM HỌC 2021-2022", 2021, "NĂM HỌC 2021-2022"],
    ["Năm học 2021-22", 2021, "Năm học 2021-22"],
    ["NH 2023-2024", 2023, "NH 2023-2024"],
    ["2024–2025", 2024, "2024–2025"],
    ["Năm học 2022 - 2023".normalize("NFD"), 2022, "Năm học 2022 - 2023".normalize("NFD")],
  ])("reads %j", (title, startYear, text) => {
    expect(parseSchoolYear(title)).toEqual({ startYear, endYear: startYear + 1, text });
  });

  it.each([
    ["an end year that is not the next year", "Năm học 2021-2023"],
    ["a period", "giai đoạn 2020-2025"],
    ["no year at all", "Kế hoạch cải tiến chất lượng"],
    ["a single year", "Năm 2022"],
    ["a date", "ngày 27/10/2021"],
    ["an implausible year", "Năm học 1021-1022"],
  ])("returns undefined for %s", (_label, text) => {
    expect(parseSchoolYear(text)).toBeUndefined();
  });

  it("prefers a mention with 'năm học' over a bare one", () => {
    expect(parseSchoolYear("Giai đoạn 2020-2021, năm học 2022-2023")?.startYear).toBe(2022);
  });
});

describe("findSchoolYearMentions", () => {
  it("finds every mention with its position", () => {
    const text = "Năm học 2021-2022 và các năm tiếp theo; tiếp nối 2022 - 2023, NH: 2023–24.";
    const mentions = findSchoolYearMentions(text);
    expect(mentions.map((m) => [m.startYear, m.endYear, m.keyword, m.consecutive])).toEqual([
      [2021, 2022, true, true],
      [2022, 2023, false, true],
      [2023, 2024, true, true],
    ]);
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  });

  it("reports keyword mentions that are not consecutive, but not bare periods", () => {
    const mentions = findSchoolYearMentions("năm học 2021-2023; giai đoạn 2020-2025");
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ startYear: 2021, endYear: 2023, consecutive: false });
  });

  it("does not read dates or longer numbers as school years", () => {
    expect(findSchoolYearMentions("ngày 27/10/2021-2022")).toEqual([]);
    expect(findSchoolYearMentions("12021-2022 và 2021-20222")).toEqual([]);
    expect(findSchoolYearMentions("")).toEqual([]);
  });

  it("finds the fixtures' school years where they are written", () => {
    for (const name of ["mn-pom-lot-2021", "mn-liem-hai-2025", "mn-19-8-tap-huan-2022"]) {
      const text = readSourceText(name);
      const mentions = findSchoolYearMentions(text);
      expect(mentions.length).toBeGreaterThan(0);
      for (const mention of mentions) {
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
        expect(mention.consecutive).toBe(true);
      }
      // "từ năm 2020 đến 2022" in mn-pom-lot is a period, not a school year.
      expect(mentions.some((m) => m.startYear === 2020)).toBe(false);
    }
    expect(parseSchoolYear(readSourceText("mn-pom-lot-2021"))?.startYear).toBe(2021);
    expect(parseSchoolYear(readSourceText("mn-liem-hai-2025"))?.startYear).toBe(2025);
    expect(parseSchoolYear(readSourceText("mn-19-8-tap-huan-2022"))?.startYear).toBe(2022);
  });
});
