import { RELATIONSHIPS_NAMESPACE } from "../namespaces";
import { attributeValue, childElements, type XmlElement } from "../xml";

export interface Relationship {
  readonly id: string | undefined;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** Relationship types, Transitional and Strict. */
export const OFFICE_DOCUMENT_RELATIONSHIP_TYPES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
]);

export const STYLES_RELATIONSHIP_TYPES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
]);

/** Reads a `Relationships` root (a .rels part); anything else yields no relationships. */
export function readRelationships(root: XmlElement | undefined): Relationship[] {
  if (!root || root.namespaceUri !== RELATIONSHIPS_NAMESPACE || root.localName !== "Relationships")
    return [];
  const relationships: Relationship[] = [];
  for (const element of childElements(root)) {
    if (element.localName !== "Relationship" || element.namespaceUri !== RELATIONSHIPS_NAMESPACE)
      continue;
    const type = attributeValue(element, "", "Type");
    const target = attributeValue(element, "", "Target");
    if (type === undefined || target === undefined) continue;
    relationships.push({
      id: attributeValue(element, "", "Id"),
      type,
      target,
      external: attributeValue(element, "", "TargetMode") === "External",
    });
  }
  return relationships;
}
