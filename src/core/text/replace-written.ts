/**
 * `text` with the first occurrence of `written` (compared as written, after trimming trailing
 * punctuation so "…học tập." keeps its full stop) replaced by `replacement`.
 */
export function replaceWritten(
  text: string,
  written: string,
  replacement: string
): string | undefined {
  const core = written.replace(/[\s.;:,\u2026]+$/u, "").trim();
  if (core === "") return undefined;
  const at = text.indexOf(core);
  if (at < 0) return undefined;
  return text.slice(0, at) + replacement + text.slice(at + core.length);
}
