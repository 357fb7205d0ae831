/**
 * The school's name: from the issuer lines at the top ("TRƯỜNG MN LIÊM HẢI"), else the title block
 * ("Trường mầm non Liêm Hải"), else the closing sentence ("Trên đây là kế hoạch … của trường mầm
 * non xã Pom Lót trong năm học 2021-2022").
 */
import { lineSlice, type TextLine } from "./lines";
import type { TitleBlock } from "./title-block";

const SCHOOL_LINE = /^truong\s+\S/;
const MAX_NAME_LENGTH = 80;
const CLOSING = /^tren\s*day\b/;
// "của trường …" up to a word that starts the rest of the sentence, or punctuation.
const SCHOOL_IN_SENTENCE =
  /\btruong\s+(?:(?!(?:trong|nam\s*hoc|ve|tai|da|se|nham|de|duoc|va|la|theo|cho|voi|nhu)\b)[^\s,.;:()]+\s*){1,8}/;

function cleanName(name: string): string | undefined {
  const trimmed = name.replace(/[\s,.;:]+$/u, "").trim();
  return trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH ? trimmed : undefined;
}

/** The lines before the title (or the first few, without one) and the title block's own lines. */
const UNTITLED_HEADER_LINES = 8;

/**
 * `top`: the lines above the first plan table; `title`: the title block among them; `all`: every
 * line of the plan document, for the closing sentence.
 */
export function readSchoolName(
  top: readonly TextLine[],
  title: TitleBlock | undefined,
  all: readonly TextLine[]
): string | undefined {
  const headerEnd = title ? title.end : Math.min(top.length, UNTITLED_HEADER_LINES);
  for (let index = 0; index < headerEnd; index++) {
    const line = top[index];
    if (line && index !== title?.start && SCHOOL_LINE.test(line.folded.text)) {
      return cleanName(line.text);
    }
  }
  for (const line of all) {
    if (!CLOSING.test(line.folded.text)) continue;
    const match = SCHOOL_IN_SENTENCE.exec(line.folded.text);
    if (match) return cleanName(lineSlice(line, match.index, match.index + match[0].length));
  }
  return undefined;
}
