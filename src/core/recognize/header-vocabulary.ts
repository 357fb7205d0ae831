/**
 * The header vocabulary (data/header-vocabulary.json), validated once when this module loads: a bad
 * data edit fails every test and the first import, never a user's document.
 */
// zod/mini: the same validation as zod with a fraction of its weight in the task pane bundle.
import * as z from "zod/mini";
import { describeIssues } from "../data/describe-issues";
import { KNOWN_COLUMN_ROLES, type KnownColumnRole } from "../model/plan";
import vocabularyData from "./data/header-vocabulary.json";
import { headerKey, headerLooseKey } from "./header-key";

const ROLES = KNOWN_COLUMN_ROLES;

export type KnownRole = KnownColumnRole;

const wording = z.string().check(
  z.minLength(1),
  z.refine((text) => text === text.normalize("NFC"), "must be NFC"),
  z.refine((text) => headerKey(text).length > 0, "must contain a word")
);

const vocabularySchema = z.strictObject({
  $comment: z.optional(z.string()),
  synonyms: z
    .array(
      z.strictObject({
        role: z.enum(ROLES),
        text: wording,
        exact: z.optional(z.boolean()),
        weak: z.optional(z.boolean()),
        priority: z.optional(z.int().check(z.gte(0), z.lte(9))),
      })
    )
    .check(z.minLength(1)),
  appendixMarkers: z.array(wording).check(z.minLength(1)),
  appendixResultMarkers: z.array(wording).check(z.minLength(1)),
});

/** A synonym ready to match: its keys computed once. */
export interface HeaderSynonym {
  readonly role: KnownRole;
  readonly text: string;
  readonly key: string;
  readonly looseKey: string;
  /** Must be the whole header rather than part of it. */
  readonly exact: boolean;
  /** A generic word that says little on its own. */
  readonly weak: boolean;
  /** Beats any longer synonym of a lower priority. */
  readonly priority: number;
}

export interface HeaderVocabulary {
  readonly synonyms: readonly HeaderSynonym[];
  /** Keys of header words found only in a progress-report appendix ("ND kế hoạch", "đã triển khai"). */
  readonly appendixMarkerKeys: readonly string[];
  /** Keys of "Kết quả thực hiện": an appendix column, unless the table also has owner or deadline. */
  readonly appendixResultMarkerKeys: readonly string[];
}

export class HeaderVocabularyError extends Error {
  override readonly name = "HeaderVocabularyError";
}

export function parseHeaderVocabulary(data: unknown): HeaderVocabulary {
  const parsed = z.safeParse(vocabularySchema, data);
  if (!parsed.success) {
    throw new HeaderVocabularyError(
      `header-vocabulary.json:\n${describeIssues(parsed.error.issues)}`
    );
  }
  const seen = new Map<string, KnownRole>();
  const synonyms = parsed.data.synonyms.map((entry): HeaderSynonym => {
    const key = headerKey(entry.text);
    const exact = entry.exact ?? false;
    const identity = `${exact ? "=" : "~"}${key}`;
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      throw new HeaderVocabularyError(
        `header-vocabulary.json: "${entry.text}" (${entry.role}) repeats a ${earlier} synonym`
      );
    }
    seen.set(identity, entry.role);
    return {
      role: entry.role,
      text: entry.text,
      key,
      looseKey: headerLooseKey(entry.text),
      exact,
      weak: entry.weak ?? false,
      priority: entry.priority ?? 0,
    };
  });
  return {
    synonyms,
    appendixMarkerKeys: parsed.data.appendixMarkers.map(headerKey),
    appendixResultMarkerKeys: parsed.data.appendixResultMarkers.map(headerKey),
  };
}

export const HEADER_VOCABULARY: HeaderVocabulary = parseHeaderVocabulary(vocabularyData);
