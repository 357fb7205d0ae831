/**
 * How well a text fits a column role, judged on its content: used only to tell where a missing cell
 * shifted a row's cells (a deadline in the owner column, an owner in the cost column…).
 */
import type { ColumnRole } from "../model/plan";
import { foldedStart, hasContent, isNumberLike, visibleLength } from "./cell-text";
import { readCriterionLabel, readStandardLabel } from "./labels";

const TIME_WORDS =
  /\d{1,2}\s*\/\s*\d{2,4}|\bnam hoc\b|\bca nam\b|\bthang\b|\bhoc ky\b|\bthuong xuyen\b|\btheo dot\b|\bdinh ky\b|\bhang (?:thang|tuan|nam)\b|\bhk\s*[12i]\b/;
const PEOPLE_WORDS =
  /\b(?:ht|pht|bgh|cbql|gv|gvcn|nv|ttcm|hdt|ttnd|cdcs|hieu truong|hieu pho|giao vien|nhan vien|can bo|to|ban|ke toan|y te|cong doan|hoi dong|chi bo|phu huynh|cha me|doan|tong phu trach)\b/;
const COST_WORDS = /\bkhong\b|\bdong\b|\btrieu\b|kinh phi|ngan sach|xhh|xa hoi hoa|\d/;

function looksLikeTime(folded: string): boolean {
  return TIME_WORDS.test(folded);
}

export function plausibility(text: string, role: ColumnRole): number {
  if (!hasContent(text)) return 0;
  const folded = foldedStart(text, 120);
  const length = visibleLength(text);
  const long = length > 80;
  switch (role) {
    case "number":
      return isNumberLike(text) ? 2 : -2;
    case "criterion":
    case "standard":
      if (readCriterionLabel(text) || readStandardLabel(text)) return 2;
      return long ? -1 : 0;
    case "deadline":
    case "reportTime":
      if (looksLikeTime(folded) && !long) return 2;
      return long ? -2 : -1;
    case "owner":
    case "monitor":
      if (looksLikeTime(folded) && !PEOPLE_WORDS.test(folded)) return -2;
      if (PEOPLE_WORDS.test(folded) && length <= 60) return 2;
      return long ? -1 : 0;
    case "weakness":
    case "action":
    case "target":
      if (isNumberLike(text)) return -1;
      if (looksLikeTime(folded) && length < 30) return -1;
      return length >= 20 ? 1 : 0;
    case "cost":
      return COST_WORDS.test(folded) && !long ? 1 : 0;
    default:
      return 0;
  }
}
