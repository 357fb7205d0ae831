import { FLAT_OPC_NAMESPACE, RELATIONSHIPS_NAMESPACE } from "../namespaces";
import { WORD_NAMESPACE } from "./word-namespace";

const OFFICE_DOCUMENT_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const RELATIONSHIPS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const MAIN_DOCUMENT_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const DOCUMENT_RELATIONSHIPS_NAMESPACE =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * The smallest flat OPC package Word's `insertOoxml` accepts: the package relationships and a
 * main document whose body is `bodyContentXml` (paragraphs, tables, content controls written
 * with the `w` prefix), with no section properties of its own so the insertion takes the
 * section it lands in.
 */
export function toFlatOpc(bodyContentXml: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="${FLAT_OPC_NAMESPACE}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELATIONSHIPS_CONTENT_TYPE}"><pkg:xmlData>` +
    `<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}">` +
    `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT_RELATIONSHIP}" Target="word/document.xml"/>` +
    `</Relationships></pkg:xmlData></pkg:part>` +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${MAIN_DOCUMENT_CONTENT_TYPE}"><pkg:xmlData>` +
    `<w:document xmlns:w="${WORD_NAMESPACE}" xmlns:r="${DOCUMENT_RELATIONSHIPS_NAMESPACE}">` +
    `<w:body>${bodyContentXml}</w:body></w:document>` +
    `</pkg:xmlData></pkg:part></pkg:package>`
  );
}
