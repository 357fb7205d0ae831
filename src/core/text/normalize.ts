/** Unicode and whitespace clean-up for text that is kept (echoed to users), as opposed to keys. */
import { INVISIBLE_CHARS } from "./characters";

const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "g");
// JavaScript's \s covers tabs, line breaks, no-break spaces and the Unicode space separators.
const WHITESPACE_RUN = /\s+/g;

/** Canonical composition: Word usually stores NFC, but pasted text (macOS, PDFs) is often NFD. */
export function toNfc(text: string): string {
  return text.normalize("NFC");
}

/** Removes invisible characters, collapses every whitespace run (tabs, line breaks, NBSP) to one space, trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, "").replace(WHITESPACE_RUN, " ").trim();
}

/** NFC plus `normalizeSpace`: the form to store and display text in. */
export function normalizeText(text: string): string {
  return normalizeSpace(toNfc(text));
}
