/** Text normalisation, comparison keys and fuzzy matching for Vietnamese plan text. */
export { normalizeSpace, normalizeText, toNfc } from "./normalize";
export { comparisonKey, compactKey, compactLooseKey, looseKey } from "./keys";
export { foldForSearch, sourceSlice, type FoldedText } from "./fold";
export {
  closestMatch,
  codePointLength,
  editDistance,
  similarity,
  type ClosestMatch,
  type ClosestMatchOptions,
} from "./distance";
export { replaceWritten } from "./replace-written";
