/**
 * Comparing a title as written in a plan with the catalog's official titles, so a rule can say
 * "exact", "cut short", "did you mean …" or "not a title of this catalog".
 * All comparisons use the tolerant comparison key (case, NFD, tone placement, dashes, spacing,
 * trailing punctuation do not count as differences).
 */
import { closestMatch, codePointLength, comparisonKey, editDistance, looseKey } from "../text";
import { indexOf, wordEndsOf, type TitleEntry, type TitleTable } from "./catalog-index";
import { normalizeCriterionCode, normalizeStandardCode } from "./codes";
import type { Catalog } from "./types";

export interface TitleCandidate {
  code: string;
  /** The catalog's title for `code`. */
  officialTitle: string;
  /** The official wording compared with: the title or an accepted alternative (TT17 3.1). */
  matchedWording: string;
  /**
   * Edit distance between the keys of the written title and the official wording; for a
   * truncation, with the part of the wording it shortens (0 when cut exactly at a word boundary
   * or when only the parenthetical was left out).
   */
  distance: number;
  /** 1 − distance / longer key length. */
  similarity: number;
}

interface MatchedTitle {
  candidate: TitleCandidate;
  /** A code was given and the title belongs to another code (or the given code does not exist). */
  codeMismatch: boolean;
}

export type TitleMatch =
  | { verdict: "empty" }
  /** Equal to an official wording under the comparison key. */
  | ({ verdict: "exact" } & MatchedTitle)
  /**
   * A shortened official wording: its beginning cut at a word boundary ("Cơ sở vật chất và thiết
   * bị" for "… thiết bị dạy học"), or the wording without its parenthetical.
   */
  | ({ verdict: "truncated" } & MatchedTitle)
  /** Close to an official wording; `accentsOnly` when only diacritics differ. */
  | ({ verdict: "misspelled"; accentsOnly: boolean } & MatchedTitle)
  /** Nothing is close enough; `closest` is the nearest official title anyway. */
  | { verdict: "unrelated"; closest?: TitleCandidate };

export interface TitleMatchOptions {
  /** Similarity from which a title counts as misspelled rather than unrelated (default 0.75). */
  minSimilarity?: number;
}

export const DEFAULT_MIN_SIMILARITY = 0.75;
/** How much closer another code's title must be to win over the given code's (misspelled) title. */
const OTHER_CODE_MARGIN = 0.1;
/** A truncation keeps at least this many words of the official wording. */
const TRUNCATION_MIN_WORDS = 2;
/**
 * Without the code to tell which title was meant, a truncation shared by several titles must also
 * keep this share of the wording to count.
 */
const TRUNCATION_MIN_SHARE = 1 / 3;

interface Scored {
  entry: TitleEntry;
  distance: number;
  similarity: number;
}

function candidateOf({ entry, distance, similarity }: Scored): TitleCandidate {
  return {
    code: entry.code,
    officialTitle: entry.officialTitle,
    matchedWording: entry.wording,
    distance,
    similarity,
  };
}

/**
 * The written key scored against an official key; undefined below `minSimilarity`, which caps the
 * edit distance computed (most titles are far from most others, so this is where time goes).
 */
function score(entry: TitleEntry, key: string, against: string, minSimilarity = 0) {
  const longest = Math.max(codePointLength(key), codePointLength(against));
  if (longest === 0) return { entry, distance: 0, similarity: 1 };
  const limit = Math.floor((1 - minSimilarity) * longest + 1e-9);
  const distance = editDistance(key, against, limit);
  return distance > limit ? undefined : { entry, distance, similarity: 1 - distance / longest };
}

/** Closest official wording overall (the first on ties). */
function closestEntry(table: TitleTable, key: string): Scored | undefined {
  const match = closestMatch(key, table.keys);
  const entry = match && table.entries[match.index];
  return entry && match
    ? { entry, distance: match.distance, similarity: match.similarity }
    : undefined;
}

/**
 * The written key as a shortened official wording: without its parenthetical, or cut after as many
 * words as were written (at least two), compared with that cut.
 */
function shortening(entry: TitleEntry, key: string, words: number, minSimilarity: number) {
  if (entry.abridgedKey === key) return { entry, distance: 0, similarity: 1 };
  if (words < TRUNCATION_MIN_WORDS || words >= entry.wordEnds.length) return undefined;
  const cut = entry.key.slice(0, entry.wordEnds[words - 1]);
  if (cut === key) return { entry, distance: 0, similarity: 1 };
  return minSimilarity < 1 ? score(entry, key, cut, minSimilarity) : undefined;
}

/** Long enough not to be the shared opening of several titles ("Tổ chức …", "Đối với …"). */
function coversEnough(scored: Scored, key: string): boolean {
  return key.length >= scored.entry.key.length * TRUNCATION_MIN_SHARE;
}

/** The best shortening among other titles, if it is unambiguous (one code) or long enough. */
function otherShortening(entries: TitleEntry[], key: string, words: number, minSimilarity: number) {
  const found = entries
    .map((entry) => shortening(entry, key, words, minSimilarity))
    .filter((scored): scored is Scored => scored !== undefined);
  const top = best(found);
  if (!top) return undefined;
  const unique = found.every((scored) => scored.entry.code === top.entry.code);
  return unique || coversEnough(top, key) ? top : undefined;
}

function best(scores: (Scored | undefined)[]): Scored | undefined {
  let top: Scored | undefined;
  for (const scored of scores) {
    if (scored && (!top || scored.similarity > top.similarity)) top = scored;
  }
  return top;
}

function matched(
  verdict: "exact" | "truncated",
  scored: Scored,
  codeMismatch: boolean
): TitleMatch {
  return { verdict, candidate: candidateOf(scored), codeMismatch };
}

function misspelled(scored: Scored, accentsOnly: boolean, codeMismatch: boolean): TitleMatch {
  return { verdict: "misspelled", accentsOnly, candidate: candidateOf(scored), codeMismatch };
}

/**
 * Strongest evidence first: exact, accents only, cut short, misspelled. The given code's own
 * title wins each step unless another title is exact or clearly closer.
 */
function matchTitle(
  table: TitleTable,
  written: string,
  code: string | undefined,
  options: TitleMatchOptions
): TitleMatch {
  const key = comparisonKey(written);
  if (key === "") return { verdict: "empty" };
  const minSimilarity = options.minSimilarity ?? DEFAULT_MIN_SIMILARITY;
  const isOther = (entry: TitleEntry) => code !== undefined && entry.code !== code;
  const own = table.entries.filter((entry) => code !== undefined && entry.code === code);

  const exact = own.find((entry) => entry.key === key) ?? table.byKey.get(key);
  if (exact) return matched("exact", { entry: exact, distance: 0, similarity: 1 }, isOther(exact));

  const loose = looseKey(written);
  const accents = own.find((entry) => entry.looseKey === loose) ?? table.byLooseKey.get(loose);
  const accentsScore = accents && score(accents, key, accents.key);
  if (accentsScore) return misspelled(accentsScore, true, isOther(accentsScore.entry));

  const words = wordEndsOf(key).length;
  const ownCut = best(own.map((entry) => shortening(entry, key, words, 1)));
  if (ownCut) return matched("truncated", ownCut, false);

  const closest = closestEntry(table, key);
  const closestOwn = best(own.map((entry) => score(entry, key, entry.key, minSimilarity)));
  if (
    closestOwn &&
    closestOwn.similarity >= minSimilarity &&
    (!closest || closest.similarity < closestOwn.similarity + OTHER_CODE_MARGIN)
  ) {
    return misspelled(closestOwn, false, false);
  }

  const cut =
    otherShortening(table.entries, key, words, 1) ??
    best(own.map((entry) => shortening(entry, key, words, minSimilarity))) ??
    otherShortening(table.entries, key, words, minSimilarity);
  if (cut && (!closest || cut.similarity >= closest.similarity)) {
    return matched("truncated", cut, isOther(cut.entry));
  }
  if (closest && closest.similarity >= minSimilarity) {
    return misspelled(closest, false, isOther(closest.entry));
  }
  return closest
    ? { verdict: "unrelated", closest: candidateOf(closest) }
    : { verdict: "unrelated" };
}

/**
 * Compares a criterion title as written with the catalog. With `code` (as written, e.g. "3.2" or
 * "3.02"), the given criterion's title is preferred; a title that belongs to another criterion is
 * reported with `codeMismatch`.
 */
export function matchCriterionTitle(
  catalog: Catalog,
  writtenTitle: string,
  code?: string,
  options: TitleMatchOptions = {}
): TitleMatch {
  const normalized = code === undefined ? undefined : (normalizeCriterionCode(code) ?? code);
  return matchTitle(indexOf(catalog).criterionTitles, writtenTitle, normalized, options);
}

/** As `matchCriterionTitle`, for standard titles ("Cơ sở vật chất và thiết bị" is a truncation of 3). */
export function matchStandardTitle(
  catalog: Catalog,
  writtenTitle: string,
  code?: string,
  options: TitleMatchOptions = {}
): TitleMatch {
  const normalized = code === undefined ? undefined : (normalizeStandardCode(code) ?? code);
  return matchTitle(indexOf(catalog).standardTitles, writtenTitle, normalized, options);
}
