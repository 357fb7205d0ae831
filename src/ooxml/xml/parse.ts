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

interface SplitName {
  /** The first string seen for this name, shared by every element that has it. */
  readonly qualifiedName: string;
  readonly prefix: string;
  readonly localName: string;
}

/** Shared by every element without attributes, or without children; never written to. */
const NONE: never[] = [];

/**
 * Builds the tree from tokens. Real documents repeat a few dozen names tens of thousands of
 * times, so names are split once and the split is shared, and nothing is allocated for what an
 * element does not have (attributes, children, namespace declarations).
 */
class TreeBuilder implements XmlTokenHandler {
  private readonly openElements: MutableElement[] = [];
  private readonly openScopes: NamespaceScope[] = [];
  private readonly splitNames = new Map<string, SplitName>();
  private root: MutableElement | undefined;

  constructor(
    private readonly source: string,
    private readonly maxDepth: number
  ) {}

  startTag(token: StartTagToken): void {
    const depth = this.openElements.length;
    const parent = depth === 0 ? undefined : this.openElements[depth - 1];
    if (parent === undefined && this.root !== undefined) {
      this.fail("multiple-roots", "a document has exactly one root element", token.start);
    }
    if (depth >= this.maxDepth) {
      this.fail("too-deep", `elements are nested more than ${this.maxDepth} deep`, token.start);
    }
    const parentScope = depth === 0 ? NamespaceScope.root() : this.openScopes[depth - 1]!;
    const declarations = this.declarations(token);
    const scope = declarations ? parentScope.extend(declarations) : parentScope;
    const { qualifiedName, prefix, localName } = this.splitName(token.name, token.start);
    const namespaceUri = scope.resolve(prefix);
    if (namespaceUri === undefined) {
      this.fail(
        "unbound-prefix",
        `prefix '${prefix}' of <${token.name}> is not declared`,
        token.start
      );
    }
    const attributes =
      token.attributes.length === 0
        ? NONE
        : token.attributes.map((raw) => this.attribute(raw, scope));
    const element: MutableElement = {
      kind: "element",
      qualifiedName,
      prefix,
      localName,
      namespaceUri,
      attributes,
      children: NONE,
      parent,
      start: token.start,
      end: token.end,
      contentStart: token.end,
      contentEnd: token.end,
      selfClosing: token.selfClosing,
      spacePreserved:
        attributes.length === 0
          ? (parent?.spacePreserved ?? false)
          : spacePreservedAt(attributes, parent?.spacePreserved ?? false),
    };
    if (parent) addChild(parent, element);
    else this.root = element;
    if (!token.selfClosing) {
      this.openElements.push(element);
      this.openScopes.push(scope);
    }
  }

  endTag(name: string, start: number, end: number): void {
    const top = this.openElements.pop();
    this.openScopes.pop();
    if (top === undefined) this.fail("unexpected-end-tag", `</${name}> closes nothing`, start);
    if (top.qualifiedName !== name) {
      this.fail("mismatched-end-tag", `</${name}> closes <${top.qualifiedName}>`, start);
    }
    top.contentEnd = start;
    top.end = end;
  }

  text(text: string, start: number, end: number): void {
    const top = this.openElements[this.openElements.length - 1];
    if (top) {
      addChild(top, { kind: "text", text, start, end });
      return;
    }
    for (let i = 0; i < text.length; i++) {
      if (!isXmlWhitespace(text.charCodeAt(i))) {
        this.fail("text-outside-root", "text is only allowed inside the root element", start + i);
      }
    }
  }

  finish(): XmlElement {
    const unclosed = this.openElements[this.openElements.length - 1];
    if (unclosed) {
      this.fail("unclosed-element", `<${unclosed.qualifiedName}> is never closed`, unclosed.start);
    }
    if (!this.root) this.fail("no-root", "the document has no root element", this.source.length);
    return this.root;
  }

  /**
   * Namespace declarations (`xmlns`, `xmlns:p`) on a start tag, checked as XML Namespaces 1.0
   * asks; undefined when there are none, which is almost always.
   */
  private declarations(token: StartTagToken): Map<string, string> | undefined {
    let declared: Map<string, string> | undefined;
    for (const raw of token.attributes) {
      if (!raw.name.startsWith("xmlns")) continue;
      if (raw.name === "xmlns") {
        (declared ??= new Map()).set("", raw.value);
      } else if (raw.name.startsWith("xmlns:")) {
        const prefix = raw.name.slice(6);
        const invalid =
          prefix === "" ||
          prefix.includes(":") ||
          raw.value === "" ||
          prefix === "xmlns" ||
          (prefix === "xml") !== (raw.value === XML_NAMESPACE);
        if (invalid) {
          this.fail(
            "invalid-namespace-declaration",
            `'${raw.name}="${raw.value}"' is not allowed`,
            raw.start
          );
        }
        (declared ??= new Map()).set(prefix, raw.value);
      }
    }
    return declared;
  }

  private attribute(raw: RawAttribute, scope: NamespaceScope): XmlAttribute {
    const { qualifiedName, prefix, localName } = this.splitName(raw.name, raw.start);
    let namespaceUri = "";
    if (raw.name === "xmlns") namespaceUri = XMLNS_NAMESPACE;
    else if (prefix !== "") {
      const resolved = scope.resolve(prefix);
      if (resolved === undefined) {
        this.fail("unbound-prefix", `prefix of attribute '${raw.name}' is not declared`, raw.start);
      }
      namespaceUri = resolved;
    }
    return {
      qualifiedName,
      prefix,
      localName,
      namespaceUri,
      value: raw.value,
      start: raw.start,
      end: raw.end,
      valueStart: raw.valueStart,
      valueEnd: raw.valueEnd,
    };
  }

  private splitName(name: string, offset: number): SplitName {
    const known = this.splitNames.get(name);
    if (known) return known;
    const colon = name.indexOf(":");
    const split =
      colon === -1
        ? { qualifiedName: name, prefix: "", localName: name }
        : { qualifiedName: name, prefix: name.slice(0, colon), localName: name.slice(colon + 1) };
    if (
      colon !== -1 &&
      (split.prefix === "" || split.localName === "" || split.localName.includes(":"))
    ) {
      this.fail("invalid-name", `'${name}' is not a valid qualified name`, offset);
    }
    this.splitNames.set(name, split);
    return split;
  }

  private fail(code: XmlErrorCode, detail: string, offset: number): never {
    throw new XmlSyntaxError(code, detail, this.source, offset);
  }
}

/** Children arrays are created on the first child: many elements never have one. */
function addChild(parent: MutableElement, child: XmlNode): void {
  if (parent.children === NONE) parent.children = [child];
  else parent.children.push(child);
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
