import type { Catalog, Criterion, Standard } from "../../../core/catalog";
import { looseKey } from "../../../core/text";

/** "2", "2.", "2.3", "TC 2.3": a code, or the start of one. */
const CODE_QUERY = /^\s*(?:t[cC]\s*)?(\d+(?:\.\d*)?)\s*$/i;

export interface StandardMatches {
  standard: Standard;
  criteria: readonly Criterion[];
}

/**
 * Standards with the criteria that match a query typed by code ("2.3", "2.") or by words with or
 * without accents ("nhân viên", "nhan vien"). An empty query matches everything.
 */
export function filterCriteria(catalog: Catalog, query: string): StandardMatches[] {
  const wanted = looseKey(query);
  const code = CODE_QUERY.exec(query)?.[1];
  const matches = (criterion: Criterion, standard: Standard) => {
    if (!wanted) return true;
    if (code !== undefined) return criterion.code.startsWith(code);
    const haystack = looseKey(`${criterion.code} ${criterion.title} ${standard.title}`);
    return wanted.split(" ").every((word) => haystack.includes(word));
  };
  return catalog.standards
    .map((standard) => ({
      standard,
      criteria: standard.criteria.filter((criterion) => matches(criterion, standard)),
    }))
    .filter((group) => group.criteria.length > 0);
}
