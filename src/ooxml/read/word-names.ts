import { MARKUP_COMPATIBILITY_NAMESPACE, WORDPROCESSINGML_NAMESPACES } from "../namespaces";
import type { XmlElement } from "../xml";

/**
 * The element's local name when it is in the WordprocessingML namespace, whatever its prefix;
 * undefined otherwise (so `switch (wordName(el))` never confuses `w14:foo` with `w:foo`).
 */
export function wordName(element: XmlElement): string | undefined {
  return inWordNamespace(element.namespaceUri) ? element.localName : undefined;
}

export function isWord(element: XmlElement, localName: string): boolean {
  return element.localName === localName && inWordNamespace(element.namespaceUri);
}

/**
 * The parser hands every element of a document the same URI string, so remembering the last
 * one that matched turns the set lookup, done for nearly every element read, into a pointer
 * comparison.
 */
let lastWordNamespace: string | undefined;

function inWordNamespace(namespaceUri: string): boolean {
  if (namespaceUri === lastWordNamespace) return true;
  if (!WORDPROCESSINGML_NAMESPACES.has(namespaceUri)) return false;
  lastWordNamespace = namespaceUri;
  return true;
}

/** The first WordprocessingML child with this local name. */
export function wordChild(
  element: XmlElement | undefined,
  localName: string
): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) {
    if (child.kind === "element" && isWord(child, localName)) return child;
  }
  return undefined;
}

/**
 * A WordprocessingML attribute such as `w:val`. An unprefixed attribute of the same local name is
 * accepted as well: some generators omit the prefix, and nothing else could be meant.
 */
export function wordAttribute(
  element: XmlElement | undefined,
  localName: string
): string | undefined {
  if (!element) return undefined;
  let unprefixed: string | undefined;
  for (const attribute of element.attributes) {
    if (attribute.localName !== localName) continue;
    if (inWordNamespace(attribute.namespaceUri)) return attribute.value;
    if (attribute.namespaceUri === "") unprefixed = attribute.value;
  }
  return unprefixed;
}

/** `w:val` of the named property child, e.g. `pPr/pStyle/@w:val`. */
export function propertyValue(
  properties: XmlElement | undefined,
  localName: string
): string | undefined {
  return wordAttribute(wordChild(properties, localName), "val");
}

/**
 * The branch of `mc:AlternateContent` we read: `mc:Fallback`, the content written for consumers
 * that understand only base WordprocessingML, which is all we need for text. A `mc:Choice`
 * typically holds newer drawing markup (text boxes, shapes) whose text is not body text anyway.
 */
export function alternateContentFallback(element: XmlElement): XmlElement | undefined {
  if (
    element.localName !== "AlternateContent" ||
    element.namespaceUri !== MARKUP_COMPATIBILITY_NAMESPACE
  ) {
    return undefined;
  }
  for (const child of element.children) {
    if (
      child.kind === "element" &&
      child.localName === "Fallback" &&
      child.namespaceUri === MARKUP_COMPATIBILITY_NAMESPACE
    ) {
      return child;
    }
  }
  return undefined;
}
