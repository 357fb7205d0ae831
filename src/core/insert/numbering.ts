/**
 * TT numbers as schools write them ("1", "01", "1.", "I", "II."), read and written back in the
 * same style, so renumbering changes the number and nothing else.
 */

export type NumberStyle = "arabic" | "roman-upper" | "roman-lower";

export interface NumberText {
  value: number;
  style: NumberStyle;
  /** Digits written, for zero-padded numbers ("01" → 2). */
  width: number;
  /** Text before and after the number, kept when renumbering (spaces, a trailing "."). */
  prefix: string;
  suffix: string;
}

const NUMBER_TEXT = /^(\s*)(\d{1,4}|[IVXLC]{1,8}|[ivxlc]{1,8})(\s*[.)]?\s*)$/;

const ROMAN_VALUES: readonly [string, number][] = [
  ["C", 100],
  ["XC", 90],
  ["L", 50],
  ["XL", 40],
  ["X", 10],
  ["IX", 9],
  ["V", 5],
  ["IV", 4],
  ["I", 1],
];

function toRoman(value: number): string {
  let rest = value;
  let text = "";
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (rest >= amount) {
      text += numeral;
      rest -= amount;
    }
  }
  return text;
}

function fromRoman(text: string): number | undefined {
  const upper = text.toUpperCase();
  let value = 0;
  let index = 0;
  for (const [numeral, amount] of ROMAN_VALUES) {
    while (upper.startsWith(numeral, index)) {
      value += amount;
      index += numeral.length;
    }
  }
  // Only canonical numerals ("IIII" and "IC" are not numbers a school writes).
  return index === upper.length && value > 0 && toRoman(value) === upper ? value : undefined;
}

/** A TT cell's number; undefined for anything else (empty, "-", "a", text). */
export function parseNumberText(text: string): NumberText | undefined {
  const match = NUMBER_TEXT.exec(text);
  if (!match) return undefined;
  const [, prefix = "", numeral = "", suffix = ""] = match;
  if (/^\d/.test(numeral)) {
    const value = Number(numeral);
    if (value === 0) return undefined;
    return { value, style: "arabic", width: numeral.length, prefix, suffix };
  }
  const value = fromRoman(numeral);
  if (value === undefined) return undefined;
  const style = numeral === numeral.toUpperCase() ? "roman-upper" : "roman-lower";
  return { value, style, width: 1, prefix, suffix };
}

/** The number in a style; plain arabic without a model. */
export function formatNumber(value: number, like?: NumberText): string {
  if (!like) return String(value);
  if (like.style === "roman-upper") return toRoman(value);
  if (like.style === "roman-lower") return toRoman(value).toLowerCase();
  return String(value).padStart(like.width, "0");
}

/** The text with its number replaced by `value`, everything around it kept. */
export function renumberText(number: NumberText, value: number): string {
  return `${number.prefix}${formatNumber(value, number)}${number.suffix}`;
}

/** A new row's number in the style of the rows around it (without their spacing). */
export function newNumberText(value: number, like?: NumberText): string {
  return `${formatNumber(value, like)}${like?.suffix.trim() ?? ""}`;
}
