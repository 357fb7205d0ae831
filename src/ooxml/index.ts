/**
 * WordprocessingML for both hosts, in pure TypeScript (browser and Node alike).
 *
 * Reading: a main document part, a flat OPC package from `getOoxml()`, or a .docx's unzipped
 * parts become the core's `DocumentModel`, plus a source map of offsets a writer can splice.
 *
 * Writing: the core's specs rendered as WordprocessingML, edits applied to a main document part
 * by splicing, and flat OPC packages for `insertOoxml()`.
 */
export { OoxmlReadError, type OoxmlReadErrorCode } from "./errors";
export {
  CONTENT_TYPES_NAMESPACE,
  FLAT_OPC_NAMESPACE,
  MARKUP_COMPATIBILITY_NAMESPACE,
  RELATIONSHIPS_NAMESPACE,
  WORDPROCESSINGML_NAMESPACES,
} from "./namespaces";
export { readDocxParts, readFlatOpc, type PackageReading } from "./package/read-package";
export type { PartTexts } from "./package/text-parts";
export { readDocumentXml, type DocumentReading, type ReadDocumentOptions } from "./read/document";
export type {
  ContentControlSource,
  DocumentSourceMap,
  RowSource,
  SourceRange,
  TableSource,
} from "./read/source-map";
export * from "./xml";
export * from "./write";
