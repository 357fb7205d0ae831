import { detectCircular, findCircularMentions } from "../../../src/core/catalog";
import { readSourceText } from "./shared-files";

describe("findCircularMentions", () => {
  it.each([
    ["Thông tư số 19/2018/TT-BGDĐT ngày 22 tháng 8 năm 2018", "19/2018"],
    ["Thông tư số 19/2018/TT- BGDDĐT ngày 22/8/2018", "19/2018"],
    ["theo TT 19/2018", "19/2018"],
    ["theo TT19/2018", "19/2018"],
    ["THÔNG TƯ SỐ 17/2018/TT-BGDĐT", "17/2018"],
    ["Thong tu 18/2018", "18/2018"],
    ["số 18 / 2018 / TT-BGDĐT", "18/2018"],
    ["Thông tư số: 57/2026/TT-BGDĐT ngày 07/7/2026", "57/2026"],
    ["Thông tư 22/2024/TT-BGDĐT sửa đổi", "22/2024"],
    ["Thông tư số 19/2018/TT-BGDĐT".normalize("NFD"), "19/2018"],
  ])("finds the circular in %j", (text, circular) => {
    const mentions = findCircularMentions(text);
    expect(mentions.map((m) => m.circular)).toEqual([circular]);
    const [mention] = mentions;
    expect(mention && text.slice(mention.start, mention.end).trim()).toBe(mention?.text);
  });

  it.each([
    ["a decision with the same number", "Quyết định số 19/2018/QĐ-UBND"],
    ["a month and year", "tháng 10/2018"],
    ["a circular without a year", "Thông tư 13/TT-BGDĐT"],
    ["another circular", "Thông tư số 13/2020/TT-BGDĐT"],
    ["a longer number", "Thông tư 119/2018/TT-BGDĐT"],
    ["a bare fraction", "19/2018"],
    ["nothing", ""],
  ])("ignores %s", (_label, text) => {
    expect(findCircularMentions(text)).toEqual([]);
  });
});

describe("detectCircular", () => {
  it.each([
    ["Thông tư 19/2018/TT-BGDĐT", "19/2018", "2018", "mn"],
    ["Thông tư 17/2018/TT-BGDĐT", "17/2018", "2018", "th"],
    ["Thông tư 18/2018/TT-BGDĐT", "18/2018", "2018", "thcs-thpt"],
    ["Thông tư 22/2024/TT-BGDĐT", "22/2024", "2018", undefined],
    ["Thông tư 57/2026/TT-BGDĐT", "57/2026", "tt57", undefined],
    ["Thông tư 57/2026/TT-BGDĐT thay thế Thông tư 19/2018/TT-BGDĐT", "57/2026", "tt57", "mn"],
    ["TT 22/2024 sửa đổi TT 17/2018", "17/2018", "2018", "th"],
  ])("%j → %s (%s, %s)", (text, circular, framework, level) => {
    const detection = detectCircular(text);
    expect(detection?.circular).toBe(circular);
    expect(detection?.framework).toBe(framework);
    expect(detection?.level).toBe(level);
  });

  it("lets the most cited 2018 circular decide, the first on a tie", () => {
    expect(detectCircular("TT 17/2018; TT 18/2018; TT 18/2018")?.level).toBe("thcs-thpt");
    expect(detectCircular("TT 17/2018; TT 18/2018")?.level).toBe("th");
  });

  it("returns undefined when nothing is cited", () => {
    expect(detectCircular("Kế hoạch cải tiến chất lượng")).toBeUndefined();
  });

  it("reads the fixtures' citations", () => {
    const tapHuan = detectCircular(readSourceText("mn-19-8-tap-huan-2022"));
    expect(tapHuan).toMatchObject({ circular: "19/2018", framework: "2018", level: "mn" });
    expect(tapHuan?.mentions.length).toBe(2);

    // Messy "19/2018/TT- BGDDĐT"; the "Thông tư 13/TT-BGDĐT" beside it is not a mention.
    const pomLot = detectCircular(readSourceText("mn-pom-lot-2021"));
    expect(pomLot).toMatchObject({ circular: "19/2018", framework: "2018", level: "mn" });
    expect(pomLot?.mentions).toHaveLength(1);

    expect(detectCircular(readSourceText("mn-liem-hai-2025"))).toBeUndefined();
  });
});
