/**
 * Whether a text names people or bodies of a school (HT, BGH, Tổ CM, giáo viên…): the words
 * plans use for owners and monitors (reference: plans.md, "common abbreviations"). Used to spot
 * an owner typed or shifted into a time column.
 */
import { foldForSearch } from "../../text";

const PERSON_WORDS = [
  "bgh",
  "ht",
  "pht",
  "cbql",
  "ttcm",
  "to\\s*cm",
  "to\\s*truong",
  "to\\s*pho",
  "to\\s*chuyen\\s*mon",
  "to\\s*vp",
  "to\\s*van\\s*phong",
  "gv",
  "gvcn",
  "nv",
  "cdcs",
  "hdt",
  "ttnd",
  "cmhs",
  "cmt",
  "hieu\\s*truong",
  "pho\\s*hieu\\s*truong",
  "ban\\s*giam\\s*hieu",
  "can\\s*bo",
  "giao\\s*vien",
  "nhan\\s*vien",
  "ke\\s*toan",
  "van\\s*thu",
  "y\\s*te",
  "cong\\s*doan",
  "chi\\s*doan",
  "doan\\s*thanh\\s*nien",
  "hoi\\s*dong",
  "thanh\\s*tra",
  "ban\\s*dai\\s*dien",
];

// On the search fold; a word must stand alone ("ht" is not the end of "ght").
const PERSON = new RegExp(`(?<![a-z])(?:${PERSON_WORDS.join("|")})(?![a-z])`);

export function namesPeople(text: string): boolean {
  return PERSON.test(foldForSearch(text).text);
}
