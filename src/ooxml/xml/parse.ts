import { isXmlWhitespace } from "./characters";
import { XmlSyntaxError, type XmlErrorCode } from "./errors";
import { NamespaceScope, XML_NAMESPACE, XMLNS_NAMESPACE } from "./namespaces";
import type { XmlAttribute, XmlDocument, XmlElement, XmlNode } from "./nodes";
import {
  tokenizeXml,
  type RawAttribute,
  type StartTagToken,
  type XmlTokenHandler,
} from "./tokenizer";

export interface ParseXmlOptions {
  /**
   * Deepest element nesting accepted. Readers walk the tree recursively, so an absurdly deep
   * input is refused here with a typed error rather than overflowing the stack later. Word's
   * deepest real structures (tables nested in tables) stay far below the default.
   */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 1000;

/** Parses a whole XML document into a tree with resolved namespaces and source offsets. */
export function parseXml(source: string, options: ParseXmlOptions = {}): XmlDocument {
  const builder = new TreeBuilder(source, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  tokenizeXml(source, builder);
  return { source, root: builder.finish() };
}

type MutableElement = { -readonly [K in keyof XmlElement]: XmlElement[K] } & {
  children: XmlNode[];
};

interface OpenElement {
  readonly element: MutableElement;
  readonly scope: NamespaceScope;
}

class TreeBuilder implements XmlTokenHandler {
  private readonly open: OpenElement[] = [];
  private root: MutableElement | undefined;

  constructor(
    private readonly source: string,
    private readonly maxDepth: number
  ) {}

  startTag(token: StartTagToken): void {
    const parent = this.open[this.open.length - 1];
    if (parent === undefined && this.root !== undefined) {
      this.fail("multiple-roots", "a document has exactly one root element", token.start);
    }
    if (this.open.length >= this.maxDepth) {
      this.fail("too-deep", `elements are nested more than ${this.maxDepth} deep`, token.start);
    }
    const scope = (parent?.scope ?? NamespaceScope.root()).extend(this.declarations(token));
    const { prefix, localName } = this.splitName(token.name, token.start);
    const namespaceUri = scope.resolve(prefix);
    if (namespaceUri === undefined) {
      this.fail(
        "unbound-prefix",
        `prefix '${prefix}' of <${token.name}> is not declared`,
        token.start
      );
    }
    const attributes = token.attributes.map((raw) => this.attribute(raw, scope));
    const element: MutableElement = {
      kind: "element",
      qualifiedName: token.name,
      prefix,
      localName,
      namespaceUri,
      attributes,
      children: [],
      parent: parent?.element,
      start: token.start,
      end: token.end,
      contentStart: token.end,
      contentEnd: token.end,
      selfClosing: token.selfClosing,
      spacePreserved: spacePreservedAt(attributes, parent?.element.spacePreserved ?? false),
    };
    if (parent) parent.element.children.push(element);
    else this.root = element;
    if (!token.selfClosing) this.open.push({ element, scope });
  }

  endTag(name: string, start: number, end: number): void {
    const top = this.open.pop();
    if (top === undefined) this.fail("unexpected-end-tag", `</${name}> closes nothing`, start);
    if (top.element.qualifiedName !== name) {
      this.fail("mismatched-end-tag", `</${name}> closes <${top.element.qualifiedName}>`, start);
    }
    top.element.contentEnd = start;
    top.element.end = end;
  }

  text(text: string, start: number, end: number): void {
    const top = this.open[this.open.length - 1];
    if (top) {
      top.element.children.push({ kind: "text", text, start, end });
      return;
    }
    for (let i = 0; i < text.length; i++) {
      if (!isXmlWhitespace(text.charCodeAt(i))) {
        this.fail("text-outside-root", "text is only allowed inside the root element", start + i);
      }
    }
  }

  finish(): XmlElement {
    const unclosed = this.open[this.open.length - 1];
    if (unclosed) {
      this.fail(
        "unclosed-element",
        `<${unclosed.element.qualifiedName}> is never closed`,
        unclosed.element.start
      );
    }
    if (!this.root) this.fail("no-root", "the document has no root element", this.source.length);
    return this.root;
  }

  /** Namespace declarations (`xmlns`, `xmlns:p`) on a start tag, checked as XML Namespaces 1.0 asks. */
  private declarations(token: StartTagToken): Map<string, string> {
    const declared = new Map<string, string>();
    for (const raw of token.attributes) {
      if (raw.name === "xmlns") {
        declared.set("", raw.value);
      } else if (raw.name.startsWith("xmlns:")) {
        const prefix = raw.name.slice(6);
        const invalid =
          prefix === "" ||
          prefix.includes(":") ||
          raw.value === "" ||
          prefix === "xmlns" ||
          (prefix === "xml") !== (raw.value === XML_NAMESPACE);
        if (invalid)
          this.fail(
            "invalid-namespace-declaration",
            `'${raw.name}="${raw.value}"' is not allowed`,
            raw.start
          );
        declared.set(prefix, raw.value);
      }
    }
    return declared;
  }

  private attribute(raw: RawAttribute, scope: NamespaceScope): XmlAttribute {
    const { prefix, localName } = this.splitName(raw.name, raw.start);
    let namespaceUri = "";
    if (raw.name === "xmlns") namespaceUri = XMLNS_NAMESPACE;
    else if (prefix !== "") {
      const resolved = scope.resolve(prefix);
      if (resolved === undefined)
        this.fail("unbound-prefix", `prefix of attribute '${raw.name}' is not declared`, raw.start);
      namespaceUri = resolved;
    }
    return {
      qualifiedName: raw.name,
      prefix,
      localName,
      namespaceUri,
      ...positionOf(raw),
      value: raw.value,
    };
  }

  private splitName(name: string, offset: number): { prefix: string; localName: string } {
    const colon = name.indexOf(":");
    if (colon === -1) return { prefix: "", localName: name };
    const prefix = name.slice(0, colon);
    const localName = name.slice(colon + 1);
    if (prefix === "" || localName === "" || localName.includes(":")) {
      this.fail("invalid-name", `'${name}' is not a valid qualified name`, offset);
    }
    return { prefix, localName };
  }

  private fail(code: XmlErrorCode, detail: string, offset: number): never {
    throw new XmlSyntaxError(code, detail, this.source, offset);
  }
}

function positionOf(
  raw: RawAttribute
): Pick<XmlAttribute, "start" | "end" | "valueStart" | "valueEnd"> {
  return { start: raw.start, end: raw.end, valueStart: raw.valueStart, valueEnd: raw.valueEnd };
}

/** `xml:space` is inherited; only "preserve" and "default" change it. */
function spacePreservedAt(attributes: readonly XmlAttribute[], inherited: boolean): boolean {
  for (const attribute of attributes) {
    if (attribute.localName === "space" && attribute.namespaceUri === XML_NAMESPACE) {
      if (attribute.value === "preserve") return true;
      if (attribute.value === "default") return false;
    }
  }
  return inherited;
}
