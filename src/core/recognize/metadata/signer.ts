/**
 * The signature block: the signer's title in capitals ("HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG" over "PHÓ
 * HIỆU TRƯỞNG") and the name under it, past any "(Đã ký)" line. Letter case is not required, so a
 * title typed in lower case is still read.
 */
import type { PlanMetadata } from "../../model/plan";
import type { TextLine } from "./lines";

const SIGNER_TITLE =
  /^(?:(?:kt|tm|q|tl|tuq)\s*\.?\s*)?(?:pho\s*)?(?:hieu\s*truong|giam\s*doc|chu\s*tich(?:\s*hoi\s*dong(?:\s*truong|\s*tu\s*danh\s*gia)?)?|truong\s*ban|to\s*truong|truong\s*phong)\s*[.:]?$/;
const ANNOTATION = /^\(.*\)$|^(?:da\s*ky|ky\s*ten|ky,|\(ky|\(da)/;
// A person's name: 2–7 words of letters (dots for an initial), no digits.
const NAME = /^[\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){1,6}$/u;
const MAX_LINES_TO_NAME = 6;
const MAX_NAME_LENGTH = 50;

/** "HIỆU TRƯỞNG", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG" alone on a line. */
export function isSignerTitle(line: TextLine | undefined): boolean {
  return isTitle(line);
}

function isTitle(line: TextLine | undefined): boolean {
  return line !== undefined && SIGNER_TITLE.test(line.folded.text);
}

/** The last signature block in `lines` (the plan's own, when lines stop before the appendix). */
export function readSigner(lines: readonly TextLine[]): PlanMetadata["signer"] {
  let last = -1;
  for (let index = lines.length - 1; index >= 0; index--) {
    if (isTitle(lines[index])) {
      last = index;
      break;
    }
  }
  if (last < 0) return undefined;
  let first = last;
  while (first > 0 && isTitle(lines[first - 1]) && last - first < 2) first--;
  const title = lines
    .slice(first, last + 1)
    .map((line) => line.text)
    .join("\n");
  for (
    let index = last + 1;
    index < Math.min(lines.length, last + 1 + MAX_LINES_TO_NAME);
    index++
  ) {
    const line = lines[index];
    if (!line || ANNOTATION.test(line.folded.text)) continue;
    const name = line.text.trim();
    if (NAME.test(name) && name.length <= MAX_NAME_LENGTH && !isTitle(line)) return { title, name };
    break;
  }
  return { title };
}
