/**
 * Per-catalog lookup tables and precomputed title keys, built once per catalog on first use
 * (matching runs for every row of plans with thousands of rows).
 */
import { comparisonKey, looseKey } from "../text";
import type { Catalog, Criterion, Standard } from "./types";

/** One official wording of a standard's or criterion's title, with its keys. */
export interface TitleEntry {
  code: string;
  /** The catalog's main title for `code`. */
  officialTitle: string;
  /** The wording these keys were made from: the main title or an accepted alternative. */
  wording: string;
  key: string;
  looseKey: string;
  /** Index just past each word's last character in `key`, for cutting word-aligned prefixes. */
  wordEnds: number[];
  /** Key of the wording without its parenthetical ("Hội đồng trường và các hội đồng khác"), if it has one. */
  abridgedKey?: string;
}

export interface TitleTable {
  entries: TitleEntry[];
  /** `entries[i].key`, as a list for closest-match searches. */
  keys: string[];
  byKey: Map<string, TitleEntry>;
  byLooseKey: Map<string, TitleEntry>;
}

export interface CatalogIndex {
  standards: Map<string, Standard>;
  criteria: Map<string, Criterion>;
  standardTitles: TitleTable;
  criterionTitles: TitleTable;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Linear: a parenthetical cannot contain another "(" or ")".
const PARENTHETICAL = /\s*\([^()]*\)/g;

/** Positions just past each word of a key (words are letters/digits; punctuation separates). */
export function wordEndsOf(key: string): number[] {
  const ends: number[] = [];
  for (const match of key.matchAll(WORD)) ends.push(match.index + match[0].length);
  return ends;
}

function titleTable(items: { code: string; title: string; alternatives: readonly string[] }[]) {
  const table: TitleTable = { entries: [], keys: [], byKey: new Map(), byLooseKey: new Map() };
  for (const item of items) {
    for (const wording of [item.title, ...item.alternatives]) {
      const key = comparisonKey(wording);
      const abridged = comparisonKey(wording.replace(PARENTHETICAL, ""));
      const entry: TitleEntry = {
        code: item.code,
        officialTitle: item.title,
        wording,
        key,
        looseKey: looseKey(wording),
        wordEnds: wordEndsOf(key),
        ...(abridged !== key && abridged !== "" ? { abridgedKey: abridged } : {}),
      };
      table.entries.push(entry);
      table.keys.push(key);
      if (!table.byKey.has(key)) table.byKey.set(key, entry);
      if (!table.byLooseKey.has(entry.looseKey)) table.byLooseKey.set(entry.looseKey, entry);
    }
  }
  return table;
}

function buildIndex(catalog: Catalog): CatalogIndex {
  const criteria = catalog.standards.flatMap((standard) => standard.criteria);
  return {
    standards: new Map(catalog.standards.map((standard) => [standard.code, standard])),
    criteria: new Map(criteria.map((criterion) => [criterion.code, criterion])),
    standardTitles: titleTable(
      catalog.standards.map((s) => ({ code: s.code, title: s.title, alternatives: [] }))
    ),
    criterionTitles: titleTable(
      criteria.map((c) => ({ code: c.code, title: c.title, alternatives: c.alternativeTitles }))
    ),
  };
}

const INDEXES = new WeakMap<Catalog, CatalogIndex>();

export function indexOf(catalog: Catalog): CatalogIndex {
  let index = INDEXES.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    INDEXES.set(catalog, index);
  }
  return index;
}
