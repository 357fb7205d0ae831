/**
 * Tone-mark placement. Vietnamese has two spelling conventions for where the tone sits
 * ("uỷ"/"ủy", "hoà"/"hòa", "khoẻ"/"khỏe"); both are correct and both occur in the same document.
 * Moving every syllable's tone mark behind its last letter gives one canonical form for both.
 */
import { isToneMark, isWordUnit } from "./characters";

/**
 * Moves each word's tone marks (in order) behind its last letter.
 * The input must be NFD so that tones are separate combining characters.
 */
export function moveToneMarksToWordEnd(nfd: string): string {
  let out = "";
  let pendingTones = "";
  let inWord = false;
  let copiedUpTo = 0;
  for (let i = 0; i < nfd.length; i++) {
    const code = nfd.charCodeAt(i);
    if (inWord && isToneMark(code)) {
      out += nfd.slice(copiedUpTo, i);
      pendingTones += nfd[i];
      copiedUpTo = i + 1;
      continue;
    }
    const wordUnit = isWordUnit(code);
    if (!wordUnit && pendingTones) {
      out += nfd.slice(copiedUpTo, i) + pendingTones;
      pendingTones = "";
      copiedUpTo = i;
    }
    inWord = wordUnit;
  }
  return out + nfd.slice(copiedUpTo) + pendingTones;
}
