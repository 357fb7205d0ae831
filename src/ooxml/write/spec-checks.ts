import { OoxmlWriteError } from "./errors";

/** A font size from a spec, or the default; sizes that are not positive numbers are refused. */
export function checkedSize(sizePt: number | undefined, fallback: number): number {
  if (sizePt === undefined) return fallback;
  if (!Number.isFinite(sizePt) || sizePt <= 0) {
    throw new OoxmlWriteError("invalid-spec", `font size ${sizePt} pt is not a positive number`);
  }
  return sizePt;
}

/** A cell's span: a whole number of at least 1 (1 when absent). */
export function checkedSpan(span: number | undefined): number {
  if (span === undefined) return 1;
  if (!Number.isInteger(span) || span < 1) {
    throw new OoxmlWriteError("invalid-spec", `a cell cannot span ${span} columns`);
  }
  return span;
}
