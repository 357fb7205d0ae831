/** "Pom Lót, ngày 27 tháng 10 năm 2021" (or "ngày 27/10/2021"): the plan's date and place. */
import type { PlanMetadata } from "../../model/plan";
import { lineSlice, type TextLine } from "./lines";

// The place: a few words with no digits, colons or brackets (which would make it a citation:
// "Căn cứ Kế hoạch số 59/KH… ngày 22 tháng 9 năm 2022"); then the date, and little after it.
const DATE_LINE =
  /^(?<place>[^\d:;()/]{0,50}?)[,\s]*ngay\s*(?<day>\d{1,2})\s*(?:thang|\/)\s*(?<month>\d{1,2})\s*(?:nam|\/)\s*(?<year>\d{4})\s*[.;]?\s*$/d;
const NOT_A_PLACE = /^(?:can cu|theo|kem theo|ban hanh|thuc hien)\b/;

export interface DatePlace {
  date?: PlanMetadata["date"];
  place?: string;
}

function validDate(day: number, month: number, year: number): boolean {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 1990 && year <= 2100;
}

export function readDatePlace(lines: readonly TextLine[]): DatePlace {
  for (const line of lines) {
    const match = DATE_LINE.exec(line.folded.text);
    const groups = match?.groups;
    const placeRange = match?.indices?.groups?.["place"];
    if (!match || !groups || !placeRange) continue;
    const day = Number(groups["day"]);
    const month = Number(groups["month"]);
    const year = Number(groups["year"]);
    if (!validDate(day, month, year) || NOT_A_PLACE.test(groups["place"] ?? "")) continue;
    const dateStart = match[0].indexOf("ngay", placeRange[1]);
    const place = lineSlice(line, placeRange[0], placeRange[1])
      .replace(/[\s,.…]+$/u, "")
      .trim();
    const text = lineSlice(line, dateStart).replace(/[\s.;]+$/, "");
    return {
      date: { day, month, year, text, blockIndex: line.blockIndex },
      ...(/[\p{L}]/u.test(place) ? { place } : {}),
    };
  }
  return {};
}
