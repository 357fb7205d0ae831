/** Criterion codes as numbers, for ordering rows ("1.10" comes after "1.9"). */
import { normalizeCriterionCode } from "../catalog/codes";

export interface CodeParts {
  standard: number;
  number: number;
}

export function codeParts(code: string | undefined): CodeParts | undefined {
  const normalized = code === undefined ? undefined : normalizeCriterionCode(code);
  if (normalized === undefined) return undefined;
  const [standard = 0, number = 0] = normalized.split(".").map(Number);
  return { standard, number };
}

export function compareCodeParts(a: CodeParts, b: CodeParts): number {
  return a.standard - b.standard || a.number - b.number;
}

/** Numeric order of catalog codes: "1.2" < "1.10" < "2.1". */
export function compareCriterionCodes(a: string, b: string): number {
  const [aStandard = 0, aNumber = 0] = a.split(".").map(Number);
  const [bStandard = 0, bNumber = 0] = b.split(".").map(Number);
  return aStandard - bStandard || aNumber - bNumber;
}
