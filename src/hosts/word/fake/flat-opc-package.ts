/**
 * The flat OPC packages the fake hands out from `getOoxml()`, shaped like Word's: package
 * relationships, the main document part and, when the fake has one, the styles part.
 */
import { FLAT_OPC_NAMESPACE, RELATIONSHIPS_NAMESPACE } from "../../../ooxml";

const RELATIONSHIPS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const DOCUMENT_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function part(name: string, contentType: string, xml: string): string {
  return `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
}

function relationships(type: string, target: string): string {
  return `<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}"><Relationship Id="rId1" Type="${RELATIONSHIP}/${type}" Target="${target}"/></Relationships>`;
}

/** An XML part without its declaration, so it can sit inside `pkg:xmlData`. */
export function withoutDeclaration(xml: string): string {
  return xml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>\s*/, "");
}

export function flatOpcPackage(documentXml: string, stylesXml: string | undefined): string {
  let parts =
    part("/_rels/.rels", RELATIONSHIPS_TYPE, relationships("officeDocument", "word/document.xml")) +
    part("/word/document.xml", DOCUMENT_TYPE, withoutDeclaration(documentXml));
  if (stylesXml !== undefined) {
    parts +=
      part(
        "/word/_rels/document.xml.rels",
        RELATIONSHIPS_TYPE,
        relationships("styles", "styles.xml")
      ) + part("/word/styles.xml", STYLES_TYPE, withoutDeclaration(stylesXml));
  }
  return (
    `<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>` +
    `<pkg:package xmlns:pkg="${FLAT_OPC_NAMESPACE}">${parts}</pkg:package>`
  );
}
