/**
 * Writing WordprocessingML: the core's specs rendered the way Nghị định 30/2020 asks, and edits
 * spliced into a document part leaving every other byte as it was.
 */
export { applyEditsToDocumentXml } from "./apply-edits";
export { ContentControlIds } from "./content-control";
export { OoxmlWriteError, type OoxmlWriteErrorCode } from "./errors";
export { toFlatOpc } from "./flat-opc";
export { renderFragmentBlocks, renderTableBlock, type BlocksRendering } from "./fragment-xml";
export {
  DECREE_30_LANDSCAPE_TEXT_WIDTH,
  DECREE_30_MARGINS,
  DECREE_30_PORTRAIT_TEXT_WIDTH,
} from "./page-layout";
export { renderParagraph } from "./paragraph-xml";
export { renderTable, type TableLayout } from "./table-xml";
export { escapeXmlAttribute, escapeXmlText, removeNonXmlCharacters } from "./xml-text";
