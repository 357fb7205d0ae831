import { readFileSync } from "fs";
import path from "path";
import { CATALOG_IDS, CatalogDataError, parseCatalog } from "../../../src/core/catalog";

const DATA_DIR = path.resolve(__dirname, "../../../src/core/catalog/data");

interface RawCriterion {
  code: string;
  title: string;
  [field: string]: unknown;
}
interface RawCatalog {
  id: string;
  standards: { code: string; title: string; criteria: RawCriterion[] }[];
  [field: string]: unknown;
}

/** A fresh, mutable copy of a shipped catalog's JSON. */
function rawCatalog(id: string): RawCatalog {
  return JSON.parse(readFileSync(path.join(DATA_DIR, `${id}.json`), "utf8")) as RawCatalog;
}

function criterion(raw: RawCatalog, standard: number, index: number): RawCriterion {
  const found = raw.standards[standard]?.criteria[index];
  if (!found) throw new Error("fixture shape changed");
  return found;
}

function parseError(raw: unknown): string {
  try {
    parseCatalog(raw, "broken.json");
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogDataError);
    return (error as Error).message;
  }
  throw new Error("expected the catalog to be rejected");
}

describe("parseCatalog", () => {
  it.each(CATALOG_IDS)("accepts the shipped %s", (id) => {
    expect(parseCatalog(rawCatalog(id), `${id}.json`).id).toBe(id);
  });

  it("rejects a duplicate criterion code", () => {
    const raw = rawCatalog("tt19-mn");
    criterion(raw, 1, 2).code = "2.2";
    expect(parseError(raw)).toMatch(/duplicate code 2\.2/);
  });

  it("rejects a criterion filed under the wrong standard", () => {
    const raw = rawCatalog("tt19-mn");
    criterion(raw, 2, 0).code = "4.1";
    const message = parseError(raw);
    expect(message).toMatch(/criterion 4\.1 does not start with its standard's code 3/);
    expect(message).toContain("standards[2].criteria[0].code");
  });

  it("rejects an invented criterion (the mầm non 2.4 of some public lists)", () => {
    const raw = rawCatalog("tt19-mn");
    raw.standards[1]?.criteria.push({ code: "2.4", title: "Đối với trẻ" });
    expect(parseError(raw)).toMatch(/must have 25 criteria, has 26/);
  });

  it("rejects a missing criterion and criteria out of order", () => {
    const raw = rawCatalog("tt17-th");
    raw.standards[0]?.criteria.splice(4, 1);
    const message = parseError(raw);
    expect(message).toMatch(/must have 27 criteria, has 26/);
    expect(message).toMatch(/criterion 1\.6 is out of order: expected 1\.5/);
  });

  it("rejects a wrong number of mandatory criteria", () => {
    const raw = rawCatalog("tt57-pt");
    delete criterion(raw, 0, 2).mandatory;
    expect(parseError(raw)).toMatch(/must have 8 mandatory criteria, has 7/);
  });

  it("rejects malformed codes, unknown fields, unknown ids and untidy titles", () => {
    const badCode = rawCatalog("tt19-mn");
    criterion(badCode, 0, 0).code = "1.01";
    expect(parseError(badCode)).toMatch(/criterion code must look like "2\.3"/);

    const extraField = rawCatalog("tt19-mn");
    criterion(extraField, 0, 0).titel = "typo";
    expect(parseError(extraField)).toMatch(/titel/);

    const unknownId = rawCatalog("tt19-mn");
    unknownId.id = "tt20-mn";
    expect(parseError(unknownId)).toMatch(/id/);

    const nfd = rawCatalog("tt19-mn");
    criterion(nfd, 0, 0).title = criterion(nfd, 0, 0).title.normalize("NFD");
    expect(parseError(nfd)).toMatch(/title must be NFC/);

    const spaces = rawCatalog("tt19-mn");
    criterion(spaces, 0, 0).title = "Phương  hướng";
    expect(parseError(spaces)).toMatch(/stray spaces/);
  });

  it("rejects two criteria with the same title (title matching would be ambiguous)", () => {
    const raw = rawCatalog("tt19-mn");
    criterion(raw, 1, 2).title = "Đối với GIÁO VIÊN";
    expect(parseError(raw)).toMatch(/title of 2\.3 repeats the title of 2\.2/);
  });

  it("rejects something that is not a catalog at all", () => {
    expect(parseError(null)).toMatch(/Invalid criteria catalog broken\.json/);
    expect(parseError({ id: "tt19-mn" })).toMatch(/standards/);
  });
});
