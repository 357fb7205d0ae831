import { parseXml, type XmlElement } from "../xml";
import { OoxmlReadError } from "../errors";
import { readBody, type DocumentReading } from "./body";
import { FieldState } from "./field-state";
import { StyleSheet } from "./style-sheet";
import { isWord, wordChild } from "./word-names";

export type { DocumentReading } from "./body";

export interface ReadDocumentOptions {
  /** The styles part (word/styles.xml): bold, heading levels and alignment inherited from styles. */
  stylesXml?: string;
}

/**
 * Reads a main document part (word/document.xml) into the neutral model and a source map of
 * `documentXml`. Throws `XmlSyntaxError` for malformed XML and `OoxmlReadError` when the XML is
 * not a WordprocessingML document.
 */
export function readDocumentXml(
  documentXml: string,
  options: ReadDocumentOptions = {}
): DocumentReading {
  const { root } = parseXml(documentXml);
  const styles =
    options.stylesXml === undefined ? StyleSheet.empty : readStyleSheet(options.stylesXml);
  return readDocumentElement(root, styles);
}

/** Parses a styles part; malformed styles are an error like a malformed document. */
export function readStyleSheet(stylesXml: string): StyleSheet {
  return StyleSheet.fromStylesElement(parseXml(stylesXml).root);
}

/** Reads an already parsed `w:document` element (e.g. inside a flat OPC package). */
export function readDocumentElement(document: XmlElement, styles: StyleSheet): DocumentReading {
  if (!isWord(document, "document")) {
    throw new OoxmlReadError(
      "not-a-document",
      `expected a WordprocessingML <w:document> root, found <${document.qualifiedName}> (${document.namespaceUri || "no namespace"})`
    );
  }
  const body = wordChild(document, "body");
  if (!body) throw new OoxmlReadError("missing-body", "the document has no <w:body>");
  return readBody(body, { styles, fields: new FieldState() });
}
