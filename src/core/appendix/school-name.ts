/**
 * The school's name as the appendix's "(Kèm theo … của Trường …)" line writes it: "Trường" then the
 * kind of school in lower case, then the proper name ("TRƯỜNG MN LIÊM HẢI" → "Trường mầm non Liêm
 * Hải"). Only what the plan wrote is used; a name typed in mixed case keeps its own capitals.
 */
import type { SchoolLevel } from "../model/level";
import { foldForSearch, normalizeText } from "../text";

/** The kinds of school by how plans abbreviate or capitalise them, longest first. */
const SCHOOL_KINDS: readonly { folded: RegExp; name: string }[] = [
  { folded: /^(?:trung hoc pho thong|thpt)\b/, name: "trung học phổ thông" },
  { folded: /^(?:trung hoc co so|thcs)\b/, name: "trung học cơ sở" },
  { folded: /^(?:tieu hoc|th)\b(?![&/])/, name: "tiểu học" },
  { folded: /^(?:mam non|mn)\b/, name: "mầm non" },
  { folded: /^(?:mau giao|mg)\b/, name: "mẫu giáo" },
];

// Words of a place name that are common nouns: "xã Pom Lót", "thị trấn Nam Giang".
const ADMINISTRATIVE_WORDS = new Set(["xã", "phường", "thị", "trấn", "huyện", "tỉnh", "quận"]);

const LEVEL_KIND: Readonly<Record<SchoolLevel, string>> = {
  mn: "mầm non",
  th: "tiểu học",
  "thcs-thpt": "trung học",
};

const SCHOOL_WORD = /^trường\s+/iu;

function hasLowerCase(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

function titleCaseWord(word: string): string {
  const lower = word.toLocaleLowerCase("vi");
  if (ADMINISTRATIVE_WORDS.has(lower)) return lower;
  return lower.charAt(0).toLocaleUpperCase("vi") + lower.slice(1);
}

/** Splits "MN LIÊM HẢI" into its kind ("mầm non") and the rest ("LIÊM HẢI"). */
function splitKind(rest: string): { kind?: string; properName: string } {
  const folded = foldForSearch(rest);
  for (const { folded: pattern, name } of SCHOOL_KINDS) {
    const match = pattern.exec(folded.text);
    if (!match) continue;
    const end = folded.origins[match[0].length] ?? rest.length;
    return { kind: name, properName: rest.slice(end).trim() };
  }
  return { properName: rest };
}

/** "Trường mầm non Liêm Hải" from the plan's school name; undefined when the plan names none. */
export function schoolDisplayName(schoolName: string | undefined): string | undefined {
  if (schoolName === undefined) return undefined;
  const name = normalizeText(schoolName);
  if (name === "") return undefined;
  const rest = name.replace(SCHOOL_WORD, "");
  const { kind, properName } = splitKind(rest);
  const shownName = hasLowerCase(properName)
    ? properName
    : properName.split(" ").filter(Boolean).map(titleCaseWord).join(" ");
  return ["Trường", kind, shownName].filter((part) => part !== undefined && part !== "").join(" ");
}

/** "Trường mầm non …" when only the kind of school is known: the name is left blank to fill. */
export function blankSchoolName(level: SchoolLevel | undefined): string {
  return level === undefined ? "…" : `Trường ${LEVEL_KIND[level]} …`;
}
