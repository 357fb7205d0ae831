/** Finding standards and criteria by code, tolerant of how codes are typed (see codes.ts). */
import { indexOf } from "./catalog-index";
import { normalizeCriterionCode, normalizeStandardCode } from "./codes";
import type { Catalog, Criterion, Standard } from "./types";

export function findStandard(catalog: Catalog, code: string): Standard | undefined {
  const normalized = normalizeStandardCode(code);
  return normalized === undefined ? undefined : indexOf(catalog).standards.get(normalized);
}

export function findCriterion(catalog: Catalog, code: string): Criterion | undefined {
  const normalized = normalizeCriterionCode(code);
  return normalized === undefined ? undefined : indexOf(catalog).criteria.get(normalized);
}

/** The criteria of a standard, in order; empty for an unknown standard. */
export function criteriaOfStandard(catalog: Catalog, standardCode: string): readonly Criterion[] {
  return findStandard(catalog, standardCode)?.criteria ?? [];
}

/** Every criterion of the catalog, in order. */
export function allCriteria(catalog: Catalog): readonly Criterion[] {
  return [...indexOf(catalog).criteria.values()];
}
