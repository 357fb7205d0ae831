/**
 * Which column role a header cell names. The most specific synonym wins: a higher priority first,
 * then the longest synonym found in the header ("Kết quả cần đạt (so với hiện trạng)" is the
 * weakness column although it contains the target's "Kết quả cần đạt").
 */
import { similarity } from "../text";
import { headerKey, headerLooseKey } from "./header-key";
import {
  HEADER_VOCABULARY,
  type HeaderSynonym,
  type HeaderVocabulary,
  type KnownRole,
} from "./header-vocabulary";

export interface HeaderMatch {
  role: KnownRole;
  /** Matched through a generic word only ("Thời gian", "Nội dung"). */
  weak: boolean;
  /** The vocabulary's wording of the synonym that matched. */
  synonym: string;
}

/** Header cells are short; a paragraph-long cell is content, whatever words it contains. */
const MAX_HEADER_KEY_LENGTH = 120;
/** Not worth building a key for: far longer than any header however it is spaced or encoded. */
const MAX_HEADER_TEXT_LENGTH = 2000;
/** Typos ("Thời gain thực hiện") are forgiven only in headers long enough for a ratio to mean something. */
const FUZZY_MIN_KEY_LENGTH = 8;
const FUZZY_MIN_SIMILARITY = 0.85;

function isBetter(
  candidate: HeaderSynonym,
  best: HeaderSynonym | undefined,
  length: number
): boolean {
  if (!best) return true;
  if (candidate.priority !== best.priority) return candidate.priority > best.priority;
  return length > best.key.length;
}

function bestContained(
  synonyms: readonly HeaderSynonym[],
  key: string,
  synonymKey: (synonym: HeaderSynonym) => string
): HeaderSynonym | undefined {
  let best: HeaderSynonym | undefined;
  let bestLength = 0;
  for (const synonym of synonyms) {
    const wanted = synonymKey(synonym);
    const found = synonym.exact ? key === wanted : key.includes(wanted);
    if (!found) continue;
    if (
      !best ||
      synonym.priority > best.priority ||
      (synonym.priority === best.priority && wanted.length > bestLength)
    ) {
      best = synonym;
      bestLength = wanted.length;
    }
  }
  return best;
}

/** A typo keeps the length: only synonyms within this share of the header's length are compared. */
const FUZZY_LENGTH_TOLERANCE = 1 - FUZZY_MIN_SIMILARITY;

function closestSimilar(
  synonyms: readonly HeaderSynonym[],
  key: string
): HeaderSynonym | undefined {
  let best: HeaderSynonym | undefined;
  let bestSimilarity = FUZZY_MIN_SIMILARITY;
  const slack = Math.ceil(key.length * FUZZY_LENGTH_TOLERANCE);
  for (const synonym of synonyms) {
    if (synonym.exact || synonym.key.length < FUZZY_MIN_KEY_LENGTH) continue;
    if (Math.abs(synonym.key.length - key.length) > slack) continue;
    const ratio = similarity(key, synonym.key);
    if (
      ratio > bestSimilarity ||
      (ratio === bestSimilarity && isBetter(synonym, best, synonym.key.length))
    ) {
      best = synonym;
      bestSimilarity = ratio;
    }
  }
  return best;
}

interface HeaderReading {
  match: HeaderMatch | undefined;
  appendix: "marker" | "result" | undefined;
}

// Headers repeat from table to table and from one analysis to the next (analyze runs on every pause
// in typing): each distinct text is read once. Bounded so arbitrary documents cannot grow it forever.
const MEMO_LIMIT = 4000;
const memo = new Map<string, HeaderReading>();

function readHeaderText(text: string, vocabulary: HeaderVocabulary): HeaderReading {
  if (text.length > MAX_HEADER_TEXT_LENGTH) return { match: undefined, appendix: undefined };
  const key = headerKey(text);
  return { match: matchKey(text, key, vocabulary), appendix: appendixKindOfKey(key, vocabulary) };
}

function readHeaderCached(text: string, vocabulary: HeaderVocabulary): HeaderReading {
  if (vocabulary !== HEADER_VOCABULARY) return readHeaderText(text, vocabulary);
  let reading = memo.get(text);
  if (!reading) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    reading = readHeaderText(text, vocabulary);
    memo.set(text, reading);
  }
  return reading;
}

function matchKey(
  text: string,
  key: string,
  vocabulary: HeaderVocabulary
): HeaderMatch | undefined {
  if (key.length === 0 || key.length > MAX_HEADER_KEY_LENGTH) return undefined;
  const { synonyms } = vocabulary;
  const found =
    bestContained(synonyms, key, (synonym) => synonym.key) ??
    bestContained(synonyms, headerLooseKey(text), (synonym) => synonym.looseKey) ??
    (key.length >= FUZZY_MIN_KEY_LENGTH ? closestSimilar(synonyms, key) : undefined);
  return found && { role: found.role, weak: found.weak, synonym: found.text };
}

function appendixKindOfKey(
  key: string,
  vocabulary: HeaderVocabulary
): "marker" | "result" | undefined {
  if (vocabulary.appendixMarkerKeys.some((marker) => key.includes(marker))) return "marker";
  if (vocabulary.appendixResultMarkerKeys.some((marker) => key.includes(marker))) return "result";
  return undefined;
}

export function matchHeader(
  text: string,
  vocabulary: HeaderVocabulary = HEADER_VOCABULARY
): HeaderMatch | undefined {
  return readHeaderCached(text, vocabulary).match;
}

/**
 * What a header says about a progress-report appendix: "marker" for words only an appendix has
 * ("ND kế hoạch…", "Những công việc đã triển khai…"), "result" for "Kết quả thực hiện".
 */
export function appendixHeaderKind(
  text: string,
  vocabulary: HeaderVocabulary = HEADER_VOCABULARY
): "marker" | "result" | undefined {
  return readHeaderCached(text, vocabulary).appendix;
}
