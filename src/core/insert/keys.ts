/**
 * Keys of the rows the product writes (`RowSpec.key`), so a host or a later step can find a row
 * again: "criterion:2.3" is the row of criterion 2.3, "standard:2" the group row of standard 2.
 */

export const HEADER_ROW_KEY = "header";

/** The "MỨC 1, 2, 3" row. */
export const LEVEL_GROUP_ROW_KEY = "levels";

export function standardRowKey(standardCode: string): string {
  return `standard:${standardCode}`;
}

export function criterionRowKey(criterionCode: string): string {
  return `criterion:${criterionCode}`;
}

/** The empty row under a standard in a table written before any criterion was chosen. */
export function blankRowKey(standardCode: string): string {
  return `blank:${standardCode}`;
}
