import {
  CATALOG_IDS,
  catalogFor,
  findCatalog,
  getCatalog,
  isCatalogId,
  listCatalogs,
  type Catalog,
  type CatalogId,
} from "../../../src/core/catalog";
import { readShared } from "./shared-files";

const criteriaOf = (catalog: Catalog) => catalog.standards.flatMap((s) => s.criteria);

describe("shipped catalogs", () => {
  it("lists the six catalogs, 2018 circulars first", () => {
    expect(listCatalogs().map((c) => c.id)).toEqual([...CATALOG_IDS]);
  });

  it.each<[CatalogId, string, number, number]>([
    ["tt19-mn", "19/2018/TT-BGDĐT", 5, 25],
    ["tt17-th", "17/2018/TT-BGDĐT", 5, 27],
    ["tt18-thcs-thpt", "18/2018/TT-BGDĐT", 5, 28],
    ["tt57-mn", "57/2026/TT-BGDĐT", 4, 15],
    ["tt57-pt", "57/2026/TT-BGDĐT", 4, 15],
    ["tt57-gdtx", "57/2026/TT-BGDĐT", 4, 15],
  ])("%s cites %s and has %d standards, %d criteria", (id, circular, standards, criteria) => {
    const catalog = getCatalog(id);
    expect(catalog.circular).toBe(circular);
    expect(catalog.standards).toHaveLength(standards);
    expect(criteriaOf(catalog)).toHaveLength(criteria);
    expect(catalog.name.vi).not.toBe("");
    expect(catalog.name.en).not.toBe("");
    expect(catalog.source).not.toBe("");
  });

  it("marks the 2018 catalogs verified and the TT57 ones not", () => {
    for (const catalog of listCatalogs()) {
      expect(catalog.verified).toBe(catalog.framework === "2018");
      if (!catalog.verified) expect(criteriaOf(catalog).every((c) => !c.verified)).toBe(true);
    }
  });

  it("marks TT18's inferred titles (1.7, 2.1–2.3) unverified, and only those", () => {
    const unverified = criteriaOf(getCatalog("tt18-thcs-thpt"))
      .filter((c) => !c.verified)
      .map((c) => c.code);
    expect(unverified).toEqual(["1.7", "2.1", "2.2", "2.3"]);
  });

  it("marks the eight ★ criteria of TT57 mandatory in each variant", () => {
    for (const id of ["tt57-mn", "tt57-pt", "tt57-gdtx"] as const) {
      const mandatory = criteriaOf(getCatalog(id)).filter((c) => c.mandatory);
      expect(mandatory.map((c) => c.code)).toEqual([
        "1.3",
        "1.4",
        "2.1",
        "2.2",
        "3.1",
        "3.2",
        "4.1",
        "4.2",
      ]);
    }
    expect(criteriaOf(getCatalog("tt19-mn")).some((c) => c.mandatory)).toBe(false);
  });

  it("accepts both wordings of TT17 3.1", () => {
    const criterion = criteriaOf(getCatalog("tt17-th")).find((c) => c.code === "3.1");
    expect(criterion?.title).toBe("Khuôn viên, sân chơi, sân tập");
    expect(criterion?.alternativeTitles).toEqual(["Khuôn viên, khu sân chơi, sân tập"]);
  });

  it("records each criterion's standard", () => {
    for (const catalog of listCatalogs()) {
      for (const standard of catalog.standards) {
        for (const criterion of standard.criteria)
          expect(criterion.standardCode).toBe(standard.code);
      }
    }
  });

  it("is frozen, so no caller can alter the shared data", () => {
    const catalog = getCatalog("tt19-mn");
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.standards[0]?.criteria[0])).toBe(true);
    expect(() => (catalog.standards as unknown as unknown[]).push({})).toThrow();
  });
});

describe("catalog data matches shared/reference/criteria.md", () => {
  const markdown = readShared("reference/criteria.md");
  const sections = markdown.split(/^## /m);
  const sectionFor = (circular: string) => {
    const section = sections.find((s) => s.startsWith(`Thông tư ${circular}`));
    if (!section) throw new Error(`criteria.md has no section for ${circular}`);
    return section;
  };
  const ALTERNATIVE_NOTE = / \(one source also writes "([^"]+)": accept both\)$/;

  it.each<[CatalogId, string]>([
    ["tt19-mn", "19/2018"],
    ["tt17-th", "17/2018"],
    ["tt18-thcs-thpt", "18/2018"],
  ])("%s has exactly the codes and titles of the %s table", (id, circular) => {
    const rows = [...sectionFor(circular).matchAll(/^\| (\d+(?:\.\d+)?) \| (.+?) \|$/gm)];
    const expected = rows.map(([, code, title = ""]) => {
      const alternative = ALTERNATIVE_NOTE.exec(title)?.[1];
      return {
        code,
        title: title.replace(ALTERNATIVE_NOTE, ""),
        alternatives: alternative ? [alternative] : [],
      };
    });
    const catalog = getCatalog(id);
    const actual = catalog.standards.flatMap((standard) => [
      { code: standard.code, title: standard.title, alternatives: [] as string[] },
      ...standard.criteria.map((c) => ({
        code: c.code,
        title: c.title,
        alternatives: [...c.alternativeTitles],
      })),
    ]);
    expect(actual).toEqual(expected);
  });

  describe("TT57/2026 table", () => {
    const section = sections.find((s) => s.startsWith("Amendments")) ?? "";
    const rows = [...section.matchAll(/^\| (\d+(?:\.\d+)?)(★?) \| (.+?) \| (.+?) \| (.+?) \|$/gm)];
    const titleOf = (id: CatalogId, code: string) => {
      const catalog = getCatalog(id);
      const standard = catalog.standards.find((s) => s.code === code);
      return standard?.title ?? criteriaOf(catalog).find((c) => c.code === code)?.title;
    };

    it("has a row per code", () => {
      expect(rows).toHaveLength(19);
    });

    it.each(rows.map((row) => [row[1] ?? "", row] as const))("row %s", (code, row) => {
      const [, , star, mn = "", pt = "", gdtx = ""] = row;
      const mnTitle = titleOf("tt57-mn", code);
      const ptTitle = titleOf("tt57-pt", code);
      const gdtxTitle = titleOf("tt57-gdtx", code);
      expect(mnTitle).toBe(mn);
      // "same" = as MN, "same as PT/MN" = as that column, "… words …" = the title contains them.
      const check = (cell: string, title: string | undefined) => {
        if (cell === "same" || cell === "same as MN") expect(title).toBe(mnTitle);
        else if (cell === "same as PT") expect(title).toBe(ptTitle);
        else if (cell.includes("…")) {
          for (const fragment of cell
            .split("…")
            .map((f) => f.trim())
            .filter(Boolean)) {
            expect(title).toContain(fragment);
          }
        } else expect(title).toBe(cell);
      };
      check(pt, ptTitle);
      check(gdtx, gdtxTitle);
      if (code.includes(".")) {
        for (const id of ["tt57-mn", "tt57-pt", "tt57-gdtx"] as const) {
          const criterion = criteriaOf(getCatalog(id)).find((c) => c.code === code);
          expect(criterion?.mandatory).toBe(star === "★");
        }
      }
    });
  });
});

describe("catalog lookup by id and level", () => {
  it("gets a catalog by a known id, and finds one by any string", () => {
    expect(getCatalog("tt18-thcs-thpt").level).toBe("thcs-thpt");
    expect(findCatalog("tt17-th")?.id).toBe("tt17-th");
    expect(findCatalog("tt20-xx")).toBeUndefined();
    expect(isCatalogId("tt57-gdtx")).toBe(true);
    expect(isCatalogId("TT19-MN")).toBe(false);
  });

  it.each([
    ["mn", "2018", "tt19-mn"],
    ["th", "2018", "tt17-th"],
    ["thcs-thpt", "2018", "tt18-thcs-thpt"],
    ["mn", "tt57", "tt57-mn"],
    ["th", "tt57", "tt57-pt"],
    ["thcs-thpt", "tt57", "tt57-pt"],
  ] as const)("catalogFor(%s, %s) is %s", (level, framework, id) => {
    const catalog = catalogFor(level, framework);
    expect(catalog.id).toBe(id);
    expect(catalog.framework).toBe(framework);
    expect(catalog.schoolLevels).toContain(level);
  });

  it("serves GDTX only by id (SchoolLevel has no GDTX)", () => {
    expect(getCatalog("tt57-gdtx").schoolLevels).toEqual([]);
  });
});
