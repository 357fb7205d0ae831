/** Small text helpers for messages: blank cells, short quotes, sentence case. */

/** Spaces and the marks staff leave in a cell to mean "nothing yet": "-", "…", "___", "x/x". */
const PLACEHOLDER_ONLY = /^[\s\-\u2010-\u2015\u2212_.\u2026/*,;:]*$/u;

export function isBlank(text: string | undefined): boolean {
  return text === undefined || PLACEHOLDER_ONLY.test(text);
}

/** One line, single spaces: what a message can quote. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Quotes shortened to about `max` characters, cut at a word so a quote never ends mid-word. */
export const QUOTE_LENGTH = 60;

export function shorten(text: string, max = QUOTE_LENGTH): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** “text”, shortened. */
export function quote(text: string, max = QUOTE_LENGTH): string {
  return `\u201c${shorten(text, max)}\u201d`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}
