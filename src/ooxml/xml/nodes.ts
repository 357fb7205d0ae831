/** The parsed tree: elements with resolved namespaces and their exact place in the source. */

export interface XmlAttribute {
  /** As written, e.g. "w:val". */
  readonly qualifiedName: string;
  readonly prefix: string;
  readonly localName: string;
  /** "" for an unprefixed attribute (XML gives those no namespace). */
  readonly namespaceUri: string;
  /** Decoded value. */
  readonly value: string;
  /** [start, end) of `name="value"` in the source. */
  readonly start: number;
  readonly end: number;
  /** [valueStart, valueEnd) of the raw value between the quotes. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface XmlText {
  readonly kind: "text";
  /** Decoded text (CDATA included), line ends normalized to "\n". */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Offsets are UTF-16 indices into the parsed string (what `String.prototype.slice` takes), so
 * `source.slice(element.start, element.end)` is the element's exact markup.
 */
export interface XmlElement {
  readonly kind: "element";
  readonly qualifiedName: string;
  readonly prefix: string;
  readonly localName: string;
  /** "" when the element is in no namespace. */
  readonly namespaceUri: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  readonly parent: XmlElement | undefined;
  /** [start, end) of the whole element, from its start tag's "<" to its end tag's ">". */
  readonly start: number;
  readonly end: number;
  /** [contentStart, contentEnd) between the tags; both equal `end` for a self-closing tag. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly selfClosing: boolean;
  /** `xml:space="preserve"` is in effect here (set on this element or inherited). */
  readonly spacePreserved: boolean;
}

export type XmlNode = XmlElement | XmlText;

export interface XmlDocument {
  readonly source: string;
  readonly root: XmlElement;
}
