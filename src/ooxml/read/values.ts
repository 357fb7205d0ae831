import type { XmlElement } from "../xml";
import { wordAttribute } from "./word-names";

/**
 * An on/off property such as `w:b` or `w:tblHeader`: present means on unless `w:val` says
 * "0", "false" or "off" (ST_OnOff).
 */
export function isOn(property: XmlElement): boolean {
  const value = wordAttribute(property, "val");
  return value === undefined || !(value === "0" || value === "false" || value === "off");
}

/** A whole number from an attribute; undefined when absent or not a number. */
export function parseWholeNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  return parseInt(value, 10);
}

const TWIPS_PER_UNIT: Readonly<Record<string, number>> = {
  mm: 1440 / 25.4,
  cm: 1440 / 2.54,
  in: 1440,
  pt: 20,
  pc: 240,
  pi: 240,
};

/**
 * A measure in twentieths of a point: a plain number (what Transitional documents use) or a
 * universal measure such as "2.5cm" (allowed by Strict). Undefined when unreadable.
 */
export function parseTwips(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*(mm|cm|in|pt|pc|pi)?\s*$/.exec(value);
  if (!match) return undefined;
  const amount = Number(match[1]);
  const unit = match[2];
  return Math.round(unit === undefined ? amount : amount * (TWIPS_PER_UNIT[unit] ?? 1));
}
