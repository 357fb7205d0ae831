/**
 * The document host over a .docx file in memory, for the command line and the standalone page.
 * Platform-neutral (bytes in, bytes out); Node's file helpers are in `./node-file`, kept out of
 * this index so browser bundles never pull in `node:fs`.
 */
export { DocxHost } from "./docx-host";
export { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits";
export { DocxOpenError, type DocxProblem } from "./open-errors";
export { openDocx, type OpenDocxOptions } from "./open-docx";
