/**
 * "Did you mean" for criterion codes that do not exist in the catalog, such as a mầm non "2.4"
 * (invented lists on the web carry it) or a "6.1" typed for "5.1".
 */
import { editDistance } from "../text";
import { indexOf } from "./catalog-index";
import { normalizeCriterionCode } from "./codes";
import type { Catalog, Criterion } from "./types";

export type CriterionCodeStatus =
  /** The code exists (possibly after normalising "2.03" to "2.3"). */
  | "exists"
  /** Its standard exists but the criterion number does not. */
  | "unknown-criterion"
  /** Its standard does not exist in this catalog. */
  | "unknown-standard"
  /** Not a criterion code at all. */
  | "malformed";

export interface CriterionCodeSuggestion {
  status: CriterionCodeStatus;
  /** The canonical code when the text is a criterion code. */
  normalizedCode?: string;
  /** Existing criteria to propose, best first (at most `MAX_SUGGESTIONS`); the criterion itself when it exists. */
  suggestions: readonly Criterion[];
}

export const MAX_SUGGESTIONS = 3;

function numbersOf(code: string): [number, number] {
  const [standard, criterion] = code.split(".");
  return [Number(standard), Number(criterion)];
}

export function suggestCriterionCode(catalog: Catalog, code: string): CriterionCodeSuggestion {
  const normalizedCode = normalizeCriterionCode(code);
  if (normalizedCode === undefined) return { status: "malformed", suggestions: [] };
  const index = indexOf(catalog);
  const existing = index.criteria.get(normalizedCode);
  if (existing) return { status: "exists", normalizedCode, suggestions: [existing] };

  const [standardNumber, criterionNumber] = numbersOf(normalizedCode);
  const standard = index.standards.get(String(standardNumber));
  if (standard) {
    // Same standard: the numerically nearest criteria ("2.4" → 2.3, 2.2, 2.1; "1.11" → 1.10).
    const suggestions = [...standard.criteria]
      .sort(
        (a, b) =>
          Math.abs(numbersOf(a.code)[1] - criterionNumber) -
            Math.abs(numbersOf(b.code)[1] - criterionNumber) ||
          numbersOf(b.code)[1] - numbersOf(a.code)[1]
      )
      .slice(0, MAX_SUGGESTIONS);
    return { status: "unknown-criterion", normalizedCode, suggestions };
  }

  // Unknown standard: codes one keystroke away ("6.1" → 5.1), nearest standard first.
  const suggestions = [...index.criteria.values()]
    .map((criterion) => ({ criterion, distance: editDistance(criterion.code, normalizedCode, 1) }))
    .filter(({ distance }) => distance <= 1)
    .sort((a, b) => {
      const [sa, ca] = numbersOf(a.criterion.code);
      const [sb, cb] = numbersOf(b.criterion.code);
      return (
        Math.abs(sa - standardNumber) - Math.abs(sb - standardNumber) ||
        Math.abs(ca - criterionNumber) - Math.abs(cb - criterionNumber) ||
        sb - sa
      );
    })
    .slice(0, MAX_SUGGESTIONS)
    .map(({ criterion }) => criterion);
  return { status: "unknown-standard", normalizedCode, suggestions };
}
