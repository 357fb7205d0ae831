/**
 * Dates written as Nghị định 30/2020 asks: in full, with a leading zero for days 1–9 and for
 * months 1 and 2 ("ngày 06 tháng 4 năm 2026", "ngày 27 tháng 02 năm 2021").
 */

export interface CalendarDate {
  day: number;
  month: number;
  year: number;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function decreeDate(date: CalendarDate): string {
  const month = date.month <= 2 ? twoDigits(date.month) : String(date.month);
  return `ngày ${twoDigits(date.day)} tháng ${month} năm ${date.year}`;
}

/** The blank form staff fill in by hand. */
export const BLANK_DATE = "ngày … tháng … năm …";

// "ngày 27 tháng 10 năm 2021", "27/10/2021", "27-10-2021", "27.10.2021"
const WRITTEN_DATE =
  /ng[aà]y\s*(\d{1,2})\s*th[aá]ng\s*(\d{1,2})\s*n[aă]m\s*(\d{4})|\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/iu;

/** The first date written in `text`, if any. */
export function findWrittenDate(text: string): (CalendarDate & { text: string }) | undefined {
  const match = WRITTEN_DATE.exec(text.normalize("NFC"));
  if (!match) return undefined;
  const day = Number(match[1] ?? match[4]);
  const month = Number(match[2] ?? match[5]);
  const year = Number(match[3] ?? match[6]);
  return { day, month, year, text: match[0] };
}
