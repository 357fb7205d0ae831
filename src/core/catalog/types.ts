/** The criteria catalogs: standards (tiêu chuẩn) and criteria (tiêu chí) of each circular, as data. */
import type { SchoolLevel } from "../model/level";
import type { LocalizedText } from "../model/localized";

export const CATALOG_IDS = [
  "tt19-mn",
  "tt17-th",
  "tt18-thcs-thpt",
  "tt57-mn",
  "tt57-pt",
  "tt57-gdtx",
] as const;

export type CatalogId = (typeof CATALOG_IDS)[number];

/** "2018": TT17/18/19 of 2018 (amended by TT22/2024); "tt57": the reported TT57/2026. */
export type Framework = "2018" | "tt57";

/**
 * Who a catalog is for. Finer than the model's SchoolLevel: TT57 has one "pt" catalog for all of
 * phổ thông and one for GDTX centres, which SchoolLevel does not name.
 */
export type CatalogLevel = SchoolLevel | "pt" | "gdtx";

export interface Criterion {
  /** "2.3": standard code, a dot, the criterion's number (no leading zeros). */
  readonly code: string;
  readonly standardCode: string;
  readonly title: string;
  /** Other accepted wordings of the title (TT17 3.1 has two). */
  readonly alternativeTitles: readonly string[];
  /** TT57's ★ criteria; always false in the 2018 catalogs. */
  readonly mandatory: boolean;
  /** False where the title could not be confirmed (e.g. inferred from another circular). */
  readonly verified: boolean;
  readonly note?: string;
}

export interface Standard {
  /** "2" */
  readonly code: string;
  readonly title: string;
  readonly criteria: readonly Criterion[];
}

export interface Catalog {
  readonly id: CatalogId;
  /** As the circular is cited: "19/2018/TT-BGDĐT". */
  readonly circular: string;
  readonly framework: Framework;
  readonly level: CatalogLevel;
  /** The school levels this catalog serves (empty for GDTX, which SchoolLevel does not name). */
  readonly schoolLevels: readonly SchoolLevel[];
  readonly name: LocalizedText;
  /** Where the titles come from. */
  readonly source: string;
  /** False when the catalog as a whole is unconfirmed (TT57/2026). */
  readonly verified: boolean;
  readonly standards: readonly Standard[];
}
