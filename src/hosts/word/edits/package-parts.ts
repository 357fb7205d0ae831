import { WORDPROCESSINGML_NAMESPACES, type XmlElement } from "../../../ooxml";

/** The main document part's root (`w:document`) inside a parsed flat OPC package. */
export function documentElementOf(element: XmlElement): XmlElement | undefined {
  if (element.localName === "document" && WORDPROCESSINGML_NAMESPACES.has(element.namespaceUri)) {
    return element;
  }
  for (const child of element.children) {
    if (child.kind !== "element") continue;
    const found = documentElementOf(child);
    if (found) return found;
  }
  return undefined;
}
