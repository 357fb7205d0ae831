/** The criteria a caller chose, by code: found in the catalog, deduplicated, grouped by standard. */
import { findCriterion, findStandard } from "../catalog/lookup";
import type { Catalog, Criterion, Standard } from "../catalog/types";
import { compareCriterionCodes } from "./codes";

export interface ChosenCriteria {
  /** Found criteria, each once, in catalog order. */
  criteria: Criterion[];
  /** Codes as given that name no criterion of the catalog. */
  unknown: string[];
  /** Codes as given that repeat an earlier code ("2.3" then "2.03"). */
  repeated: string[];
}

export function chooseCriteria(catalog: Catalog, codes: readonly string[]): ChosenCriteria {
  const found = new Map<string, Criterion>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const code of codes) {
    const criterion = findCriterion(catalog, code);
    if (!criterion) unknown.push(code);
    else if (found.has(criterion.code)) repeated.push(code);
    else found.set(criterion.code, criterion);
  }
  const criteria = [...found.values()].sort((a, b) => compareCriterionCodes(a.code, b.code));
  return { criteria, unknown, repeated };
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
