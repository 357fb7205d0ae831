/**
 * The Word host: `DocumentHost` over Office.js (WordApi 1.3, newer sets only where supported).
 * Its strict fake for tests and the browser test page is in `./fake`.
 */
export { WordHost, type WordHostOptions } from "./word-host";
export type { OfficeCommon, OfficeGlobals, WordRunner } from "./globals";
export { officeGlobals } from "./globals";
export { DEFAULT_QUIET_MS } from "./watch/own-edit-guard";
export { MESSAGES as WORD_HOST_MESSAGES } from "./messages";
