/**
 * How a message names a row so the reader finds it on paper: by its criterion ("dòng tiêu chí
 * 2.3"), else by its TT number, else by the start of what it says, else by its position.
 */
import type { ActionRow, PlanTable } from "../../model/plan";
import type { LocalizedText } from "../../model/localized";
import { capitalize, isBlank, quote } from "./text";

/** Quotes that name a row are kept shorter than quotes of offending text. */
const ROW_QUOTE_LENGTH = 40;

/** A leading bullet or dash ("- Rà soát…", "-Xây dựng…") is layout, not words to quote. */
const LEADING_BULLET = /^[\s\-\u2010-\u2015\u2212+*\u2022\u00b7]+/u;

function contentOf(row: ActionRow): string | undefined {
  for (const role of ["weakness", "action", "target"] as const) {
    const text = row.cells[role]?.text;
    if (!isBlank(text)) return text?.replace(LEADING_BULLET, "");
  }
  return undefined;
}

function standardSuffix(row: ActionRow): LocalizedText {
  return row.standardCode === undefined
    ? { vi: "", en: "" }
    : { vi: ` (tiêu chuẩn ${row.standardCode})`, en: ` (standard ${row.standardCode})` };
}

/** "dòng tiêu chí 2.3" / "the row for criterion 2.3": lower case, for use inside a sentence. */
export function rowLabel(row: ActionRow): LocalizedText {
  if (row.criterionCode !== undefined) {
    return {
      vi: `dòng tiêu chí ${row.criterionCode}`,
      en: `the row for criterion ${row.criterionCode}`,
    };
  }
  const suffix = standardSuffix(row);
  const number = row.numberText?.trim();
  if (number) {
    return { vi: `dòng số ${number}${suffix.vi}`, en: `row no. ${number}${suffix.en}` };
  }
  const content = contentOf(row);
  if (content !== undefined) {
    const quoted = quote(content, ROW_QUOTE_LENGTH);
    return { vi: `dòng ${quoted}${suffix.vi}`, en: `the row ${quoted}${suffix.en}` };
  }
  return {
    vi: `dòng ${row.rowIndex + 1} của bảng ${row.tableIndex + 1}`,
    en: `row ${row.rowIndex + 1} of table ${row.tableIndex + 1}`,
  };
}

/** `rowLabel` at the start of a sentence. */
export function rowSubject(row: ActionRow): LocalizedText {
  const label = rowLabel(row);
  return { vi: capitalize(label.vi), en: capitalize(label.en) };
}

/**
 * "bảng tiêu chuẩn 2" when a heading names the table's standard, else "bảng thứ 3 trong văn bản"
 * (counting every table of the document from 1, as the reader sees them).
 */
export function tableLabel(table: PlanTable): LocalizedText {
  const standard = table.headingStandard?.code;
  if (standard !== undefined) {
    return { vi: `bảng tiêu chuẩn ${standard}`, en: `the table for standard ${standard}` };
  }
  const ordinal = table.tableIndex + 1;
  return { vi: `bảng thứ ${ordinal} trong văn bản`, en: `table ${ordinal} of the document` };
}
