/**
 * Which accreditation circular a document cites ("Thông tư số 19/2018/TT-BGDĐT", "TT 19/2018",
 * "19/2018/TT- BGDDĐT"), and the framework and school level that implies.
 */
import type { SchoolLevel } from "../model/level";
import { foldForSearch, sourceSlice } from "../text";
import type { Framework } from "./types";

export type KnownCircular = "17/2018" | "18/2018" | "19/2018" | "22/2024" | "57/2026";

interface CircularFacts {
  framework: Framework;
  /** The school level the circular is for; TT22/2024 amends all three, TT57 covers all levels. */
  level?: SchoolLevel;
}

const CIRCULARS: Readonly<Record<KnownCircular, CircularFacts>> = {
  "17/2018": { framework: "2018", level: "th" },
  "18/2018": { framework: "2018", level: "thcs-thpt" },
  "19/2018": { framework: "2018", level: "mn" },
  "22/2024": { framework: "2018" },
  "57/2026": { framework: "tt57" },
};

function isKnownCircular(value: string): value is KnownCircular {
  return Object.hasOwn(CIRCULARS, value);
}

export interface CircularMention {
  circular: KnownCircular;
  /** The mention as written, from `start` to `end` (indices into the searched text). */
  text: string;
  start: number;
  end: number;
}

export interface CircularDetection extends CircularFacts {
  /** The circular that decided the framework (and the level, when it names one). */
  circular: KnownCircular;
  mentions: CircularMention[];
}

// On the search fold (lower case, no accents). A number/year is a circular only when "Thông tư"/"TT"
// precedes it or "/TT" follows it: "19/2018/QĐ-UBND" is a decision, not the circular.
const MENTION =
  /(?:\b(thong\s*tu|tt)\s*(?:so\s*)?[:.]?\s*)?(?<![\d/.])(\d{1,3})\s*\/\s*(\d{4})(?!\d)(\s*\/\s*tt)?/g;

/** Every mention of a known accreditation circular, in order. */
export function findCircularMentions(text: string): CircularMention[] {
  const folded = foldForSearch(text);
  const mentions: CircularMention[] = [];
  for (const match of folded.text.matchAll(MENTION)) {
    const [whole, prefix, number, year, suffix] = match;
    if (prefix === undefined && suffix === undefined) continue;
    const circular = `${Number(number)}/${year}`;
    if (!isKnownCircular(circular)) continue;
    const start = match.index;
    const end = start + whole.length;
    mentions.push({
      circular,
      text: sourceSlice(text, folded, start, end).trim(),
      start: folded.origins[start] ?? 0,
      end: folded.origins[end] ?? text.length,
    });
  }
  return mentions;
}

function mostCited(mentions: CircularMention[]): CircularMention | undefined {
  const counts = new Map<KnownCircular, number>();
  for (const mention of mentions)
    counts.set(mention.circular, (counts.get(mention.circular) ?? 0) + 1);
  let top: CircularMention | undefined;
  for (const mention of mentions) {
    if (!top || (counts.get(mention.circular) ?? 0) > (counts.get(top.circular) ?? 0))
      top = mention;
  }
  return top;
}

/**
 * The framework and level a document's citations imply, or undefined when it cites none.
 * TT57/2026 replaces the 2018 circulars, so citing it decides the framework; the level then comes
 * from a 2018 circular cited alongside, if any. Otherwise the most cited 2018 circular decides
 * (the first cited on a tie); TT22/2024 alone implies the 2018 framework with no level.
 */
export function detectCircular(text: string): CircularDetection | undefined {
  const mentions = findCircularMentions(text);
  const levelCircular = mostCited(mentions.filter((m) => CIRCULARS[m.circular].level));
  const tt57 = mentions.find((m) => m.circular === "57/2026");
  const deciding = tt57 ?? levelCircular ?? mentions[0];
  if (!deciding) return undefined;
  const level = levelCircular ? CIRCULARS[levelCircular.circular].level : undefined;
  return {
    circular: deciding.circular,
    framework: CIRCULARS[deciding.circular].framework,
    ...(level ? { level } : {}),
    mentions,
  };
}
