/**
 * Standard and criterion codes as written ("2.3", "2.03", "2,3", "II") to their canonical form.
 * Leading zeros are a typing habit ("01", "02") and are dropped; trailing digits are meaningful,
 * so "1.10" stays distinct from "1.1".
 */

const ROMAN: Readonly<Record<string, number>> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

/** "ii" / "II" → 2, for I–X (standards and appendices are numbered that far); else undefined. */
export function smallRomanNumeral(text: string): number | undefined {
  return ROMAN[text.toLowerCase()];
}

// Standard: a number (or a Roman numeral), optionally followed by "." or ":".
const STANDARD_CODE = /^\s*(?:0*([1-9]\d{0,2})|([ivx]{1,4}))\s*[.:]?\s*$/i;
// Criterion: number, "." (spaces allowed) or "," (no spaces: "2, 3" reads as a list), number.
const CRITERION_CODE = /^\s*0*([1-9]\d{0,2})(?:\s*\.\s*|,)0*([1-9]\d{0,2})\s*[.:]?\s*$/;

/** "2", "02", "2.", "II" → "2"; undefined when the text is not a standard code. */
export function normalizeStandardCode(text: string): string | undefined {
  const match = STANDARD_CODE.exec(text);
  if (!match) return undefined;
  if (match[1] !== undefined) return match[1];
  const roman = smallRomanNumeral(match[2] ?? "");
  return roman === undefined ? undefined : String(roman);
}

/** "2.3", " 2.3. ", "2.03", "02.3", "2,3" → "2.3"; undefined when the text is not a criterion code. */
export function normalizeCriterionCode(text: string): string | undefined {
  const match = CRITERION_CODE.exec(text);
  if (!match) return undefined;
  return `${match[1]}.${match[2]}`;
}
