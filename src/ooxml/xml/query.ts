import type { XmlElement } from "./nodes";

/** Element children only, skipping text. */
export function* childElements(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    if (child.kind === "element") yield child;
  }
}

/** The first child element with this namespace URI and local name. */
export function findChild(
  element: XmlElement,
  namespaceUri: string,
  localName: string
): XmlElement | undefined {
  for (const child of element.children) {
    if (
      child.kind === "element" &&
      child.localName === localName &&
      child.namespaceUri === namespaceUri
    ) {
      return child;
    }
  }
  return undefined;
}

/** The value of the attribute with this namespace URI ("" for unprefixed) and local name. */
export function attributeValue(
  element: XmlElement,
  namespaceUri: string,
  localName: string
): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.localName === localName && attribute.namespaceUri === namespaceUri)
      return attribute.value;
  }
  return undefined;
}

/** The concatenated text of the element's own text children (not of descendants). */
export function ownText(element: XmlElement): string {
  let text = "";
  for (const child of element.children) {
    if (child.kind === "text") text += child.text;
  }
  return text;
}
