/** The criteria a caller chose, by code: found in the catalog, deduplicated, grouped by standard. */
import { findCriterion, findStandard } from "../catalog/lookup";
import type { Catalog, Criterion, Standard } from "../catalog/types";
import { compareCriterionCodes } from "./codes";

/**
 * The criteria named by `codes` ("2.3", "2.03" alike), each once, in catalog order. Codes that
 * name no criterion of the catalog are left out.
 */
export function chooseCriteria(catalog: Catalog, codes: readonly string[]): Criterion[] {
  const found = new Map<string, Criterion>();
  for (const code of codes) {
    const criterion = findCriterion(catalog, code);
    if (criterion) found.set(criterion.code, criterion);
  }
  return [...found.values()].sort((a, b) => compareCriterionCodes(a.code, b.code));
}

export interface StandardWithCriteria {
  standard: Standard;
  criteria: Criterion[];
}

/** The standards that have chosen criteria, in catalog order, each with its criteria in order. */
export function groupByStandard(
  catalog: Catalog,
  criteria: readonly Criterion[]
): StandardWithCriteria[] {
  const groups: StandardWithCriteria[] = [];
  for (const criterion of [...criteria].sort((a, b) => compareCriterionCodes(a.code, b.code))) {
    const last = groups[groups.length - 1];
    if (last && last.standard.code === criterion.standardCode) {
      last.criteria.push(criterion);
      continue;
    }
    const standard = findStandard(catalog, criterion.standardCode);
    if (standard) groups.push({ standard, criteria: [criterion] });
  }
  return groups;
}
