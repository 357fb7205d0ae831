import type { XmlElement } from "../xml";
import { wordName } from "../read/word-names";

export interface PropertyChanges {
  /** Children to write, by local name (complete markup); they replace any of that name. */
  readonly set?: Readonly<Record<string, string>>;
  /** Children to leave out. */
  readonly remove?: readonly string[];
}

interface Child {
  readonly name: string | undefined;
  readonly xml: string;
}

/**
 * A copy of a property element (`w:pPr`, `w:tcPr`, `w:sectPr`…) read from `source`, with some
 * children replaced, added or dropped; everything else is copied exactly as written, including
 * children of other namespaces. A new child goes before the first kept child that the schema
 * `order` puts after it. With no element to copy, the element is built from `set` alone, and is
 * "" when that is empty too.
 */
export function rewriteProperties(
  source: string,
  element: XmlElement | undefined,
  localName: string,
  order: readonly string[],
  changes: PropertyChanges
): string {
  const set = changes.set ?? {};
  const dropped = new Set([...(changes.remove ?? []), ...Object.keys(set)]);
  const children: Child[] = [];
  if (element) {
    for (const child of element.children) {
      if (child.kind !== "element") continue;
      const name = wordName(child);
      if (name !== undefined && dropped.has(name)) continue;
      children.push({ name, xml: source.slice(child.start, child.end) });
    }
  }
  const rank = (name: string | undefined) => (name === undefined ? -1 : order.indexOf(name));
  for (const [name, xml] of Object.entries(set)) {
    const position = children.findIndex((child) => rank(child.name) > rank(name));
    children.splice(position === -1 ? children.length : position, 0, { name, xml });
  }
  const content = children.map((child) => child.xml).join("");
  if (!element) return content === "" ? "" : `<w:${localName}>${content}</w:${localName}>`;
  return `${openingTag(source, element)}${content}</${element.qualifiedName}>`;
}

/** The element's start tag as written, made an opening tag if it was self-closing. */
export function openingTag(source: string, element: XmlElement): string {
  if (!element.selfClosing) return source.slice(element.start, element.contentStart);
  return source.slice(element.start, element.end - 2) + ">";
}

/** The element as written, without the named attribute (e.g. `w:start` of `w:pgNumType`). */
export function withoutAttribute(source: string, element: XmlElement, localName: string): string {
  const kept = element.attributes.filter((attribute) => attribute.localName !== localName);
  if (kept.length === element.attributes.length) return source.slice(element.start, element.end);
  const attributes = kept.map((attribute) => " " + source.slice(attribute.start, attribute.end));
  const open = `<${element.qualifiedName}${attributes.join("")}`;
  return element.selfClosing
    ? `${open}/>`
    : `${open}>${source.slice(element.contentStart, element.end)}`;
}
