/**
 * The shipped catalogs, validated once when this module loads: a bad data edit fails every test
 * and the build's first import, never a user's document.
 */
import type { SchoolLevel } from "../model/level";
import tt17Th from "./data/tt17-th.json";
import tt18ThcsThpt from "./data/tt18-thcs-thpt.json";
import tt19Mn from "./data/tt19-mn.json";
import tt57Gdtx from "./data/tt57-gdtx.json";
import tt57Mn from "./data/tt57-mn.json";
import tt57Pt from "./data/tt57-pt.json";
import { CatalogDataError, parseCatalog } from "./schema";
import type { Catalog, CatalogId, Framework } from "./types";

const CATALOGS: readonly Catalog[] = Object.freeze(
  (
    [
      ["tt19-mn.json", tt19Mn],
      ["tt17-th.json", tt17Th],
      ["tt18-thcs-thpt.json", tt18ThcsThpt],
      ["tt57-mn.json", tt57Mn],
      ["tt57-pt.json", tt57Pt],
      ["tt57-gdtx.json", tt57Gdtx],
    ] as const
  ).map(([file, data]) => {
    const catalog = parseCatalog(data, file);
    if (`${catalog.id}.json` !== file) {
      throw new CatalogDataError(file, `✖ id "${catalog.id}" does not match the file name`);
    }
    return catalog;
  })
);

const BY_ID = new Map<string, Catalog>(CATALOGS.map((catalog) => [catalog.id, catalog]));

/** Every shipped catalog, 2018 circulars first. */
export function listCatalogs(): readonly Catalog[] {
  return CATALOGS;
}

export function isCatalogId(value: string): value is CatalogId {
  return BY_ID.has(value);
}

/** The catalog with a known id. */
export function getCatalog(id: CatalogId): Catalog {
  const catalog = BY_ID.get(id);
  // Unreachable: loading validated one catalog per id; kept so a wrong edit fails loudly.
  if (!catalog) throw new Error(`No catalog with id ${id}`);
  return catalog;
}

/** The catalog with this id, if any (e.g. an id read from saved settings or plan metadata). */
export function findCatalog(id: string): Catalog | undefined {
  return BY_ID.get(id);
}

const CATALOG_FOR: Readonly<Record<Framework, Readonly<Record<SchoolLevel, CatalogId>>>> = {
  "2018": { mn: "tt19-mn", th: "tt17-th", "thcs-thpt": "tt18-thcs-thpt" },
  // TT57 has one phổ thông appendix for tiểu học, THCS and THPT alike.
  tt57: { mn: "tt57-mn", th: "tt57-pt", "thcs-thpt": "tt57-pt" },
};

/** The catalog a school of this level uses under the given framework. GDTX: `getCatalog("tt57-gdtx")`. */
export function catalogFor(level: SchoolLevel, framework: Framework): Catalog {
  return getCatalog(CATALOG_FOR[framework][level]);
}
