/** The criteria catalogs of each circular, their lookups, title matching and circular detection. */
export {
  CATALOG_IDS,
  type Catalog,
  type CatalogId,
  type CatalogLevel,
  type Criterion,
  type Framework,
  type Standard,
} from "./types";
export { catalogFor, findCatalog, getCatalog, isCatalogId, listCatalogs } from "./registry";
export { CatalogDataError, parseCatalog } from "./schema";
export { normalizeCriterionCode, normalizeStandardCode } from "./codes";
export { allCriteria, criteriaOfStandard, findCriterion, findStandard } from "./lookup";
export {
  suggestCriterionCode,
  type CriterionCodeStatus,
  type CriterionCodeSuggestion,
} from "./suggest";
export {
  DEFAULT_MIN_SIMILARITY,
  matchCriterionTitle,
  matchStandardTitle,
  type TitleCandidate,
  type TitleMatch,
  type TitleMatchOptions,
} from "./title-match";
export {
  detectCircular,
  findCircularMentions,
  type CircularDetection,
  type CircularMention,
  type KnownCircular,
} from "./circular";
export { inferLevelFromSchoolName } from "./school-level";
