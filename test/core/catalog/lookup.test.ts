import {
  criteriaOfStandard,
  findCriterion,
  findStandard,
  getCatalog,
  normalizeCriterionCode,
  normalizeStandardCode,
  suggestCriterionCode,
} from "../../../src/core/catalog";

const mn = getCatalog("tt19-mn");
const th = getCatalog("tt17-th");

describe("normalizeCriterionCode", () => {
  it.each([
    ["2.3", "2.3"],
    [" 2.3 ", "2.3"],
    ["2.3.", "2.3"],
    ["2.3:", "2.3"],
    ["2 . 3", "2.3"],
    ["2,3", "2.3"],
    ["2.03", "2.3"],
    ["02.3", "2.3"],
    ["1.10", "1.10"],
    ["1.010", "1.10"],
  ])("reads %j as %s", (text, code) => {
    expect(normalizeCriterionCode(text)).toBe(code);
  });

  it.each(["", "2", "2.", "2.0", "0.1", "2, 3", "2.3.4", "a.b", "Tiêu chí 2.3", "2.3a", "1234.1"])(
    "rejects %j",
    (text) => {
      expect(normalizeCriterionCode(text)).toBeUndefined();
    }
  );
});

describe("normalizeStandardCode", () => {
  it.each([
    ["3", "3"],
    ["03", "3"],
    ["3.", "3"],
    [" 3: ", "3"],
    ["III", "3"],
    ["iv", "4"],
  ])("reads %j as %s", (text, code) => {
    expect(normalizeStandardCode(text)).toBe(code);
  });

  it.each(["", "0", "3.1", "IIII", "x3", "Tiêu chuẩn 3"])("rejects %j", (text) => {
    expect(normalizeStandardCode(text)).toBeUndefined();
  });
});

describe("findStandard / findCriterion / criteriaOfStandard", () => {
  it("finds by tolerant codes", () => {
    expect(findStandard(mn, "3")?.title).toBe("Cơ sở vật chất và thiết bị dạy học");
    expect(findStandard(mn, "III")?.code).toBe("3");
    expect(findCriterion(mn, "2.3")?.title).toBe("Đối với nhân viên");
    expect(findCriterion(mn, "2.03")?.code).toBe("2.3");
    expect(findCriterion(mn, "2,3")?.code).toBe("2.3");
  });

  it("keeps 1.10 and 1.1 apart", () => {
    expect(findCriterion(mn, "1.10")?.title).toBe("Đảm bảo an ninh trật tự, an toàn trường học");
    expect(findCriterion(mn, "1.1")?.title).toBe(
      "Phương hướng, chiến lược xây dựng và phát triển nhà trường"
    );
  });

  it("returns undefined for codes the catalog does not have", () => {
    expect(findCriterion(mn, "2.4")).toBeUndefined();
    expect(findCriterion(th, "2.4")?.title).toBe("Đối với học sinh");
    expect(findCriterion(mn, "5.5")).toBeUndefined();
    expect(findCriterion(mn, "2")).toBeUndefined();
    expect(findStandard(mn, "6")).toBeUndefined();
    expect(findStandard(getCatalog("tt57-pt"), "5")).toBeUndefined();
  });

  it("lists a standard's criteria in order", () => {
    expect(criteriaOfStandard(mn, "2").map((c) => c.code)).toEqual(["2.1", "2.2", "2.3"]);
    expect(criteriaOfStandard(th, "02").map((c) => c.code)).toEqual(["2.1", "2.2", "2.3", "2.4"]);
    expect(criteriaOfStandard(mn, "1")).toHaveLength(10);
    expect(criteriaOfStandard(mn, "9")).toEqual([]);
  });
});

describe("suggestCriterionCode", () => {
  const codes = (code: string, catalog = mn) => {
    const suggestion = suggestCriterionCode(catalog, code);
    return [suggestion.status, suggestion.suggestions.map((c) => c.code)];
  };

  it("confirms existing codes, after normalising them", () => {
    expect(codes("2.3")).toEqual(["exists", ["2.3"]]);
    expect(suggestCriterionCode(mn, "2.03").normalizedCode).toBe("2.3");
  });

  it("proposes the nearest criteria of the same standard for an unknown number", () => {
    expect(codes("2.4")).toEqual(["unknown-criterion", ["2.3", "2.2", "2.1"]]);
    expect(codes("5.5")).toEqual(["unknown-criterion", ["5.4", "5.3", "5.2"]]);
    expect(codes("1.11")).toEqual(["unknown-criterion", ["1.10", "1.9", "1.8"]]);
    expect(codes("2.4", th)).toEqual(["exists", ["2.4"]]);
  });

  it("proposes codes one keystroke away for an unknown standard", () => {
    expect(codes("6.1")).toEqual(["unknown-standard", ["5.1", "4.1", "3.1"]]);
    expect(codes("5.1", getCatalog("tt57-mn"))).toEqual([
      "unknown-standard",
      ["4.1", "3.1", "2.1"],
    ]);
  });

  it("reports text that is not a criterion code", () => {
    expect(codes("abc")).toEqual(["malformed", []]);
    expect(codes("2")).toEqual(["malformed", []]);
  });
});
