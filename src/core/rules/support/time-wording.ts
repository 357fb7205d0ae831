/** How messages name the two time columns, and the parts of a time cell worth quoting. */
import type { LocalizedText } from "../../model/localized";
import { foldForSearch } from "../../text";
import type { TimeExpression } from "../../time";
import { findReversedRanges } from "./reversed-range";
import type { TimeRole } from "./time-cells";

export const TIME_COLUMN: Record<TimeRole, LocalizedText> = {
  deadline: { vi: "thời gian thực hiện", en: "deadline" },
  reportTime: { vi: "thời điểm báo cáo", en: "report time" },
};

/**
 * Words staff write around a date that say nothing the date does not ("Hoàn thành trước 5/2026",
 * "Dự kiến 10/2025", "Cuối tháng 5/2026"): not worth a warning when they are all that was left unread.
 */
const BENIGN_WORDS = new Set([
  "hoan",
  "thanh",
  "xong",
  "ket",
  "thuc",
  "bat",
  "dau",
  "hien",
  "du",
  "kien",
  "khoang",
  "het",
  "cuoi",
  "giua",
  "han",
  "thoi",
  "cham",
  "nhat",
  "trien",
  "khai",
]);

function isBenign(piece: string): boolean {
  const words = foldForSearch(piece).text.match(/[a-z]+|\d+/g) ?? [];
  return words.every((word) => BENIGN_WORDS.has(word));
}

function withoutReversedRanges(piece: string): string {
  let rest = piece;
  for (const range of findReversedRanges(piece)) rest = rest.replace(range.text, " ");
  return rest;
}

/**
 * The unparsed pieces of a time cell that a reader would stumble on: not reversed ranges
 * (`end-before-start` reports those) and not link words around a date.
 */
export function unreadPieces(time: TimeExpression): string[] {
  return time.unparsed.filter((piece) => !isBenign(withoutReversedRanges(piece)));
}
