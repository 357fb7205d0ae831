import { canStartName, endsName, isXmlWhitespace } from "./characters";
import { decodeCharacterData } from "./entities";
import { XmlSyntaxError } from "./errors";

/** An attribute as written: qualified name, decoded value, and where it sits in the source. */
export interface RawAttribute {
  readonly name: string;
  readonly value: string;
  /** [start, end) of the whole `name="value"`. */
  readonly start: number;
  readonly end: number;
  /** [valueStart, valueEnd) of the value between the quotes, undecoded. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

export interface StartTagToken {
  readonly name: string;
  readonly attributes: readonly RawAttribute[];
  /** [start, end) of the tag from "<" to ">" inclusive. */
  readonly start: number;
  readonly end: number;
  readonly selfClosing: boolean;
}

/**
 * Receives tokens in document order. Comments, processing instructions and the XML declaration
 * are checked and skipped: nothing in WordprocessingML needs them, and the writer keeps them by
 * splicing the original string.
 */
export interface XmlTokenHandler {
  startTag(token: StartTagToken): void;
  endTag(name: string, start: number, end: number): void;
  /** Decoded character data; CDATA sections arrive as text too. */
  text(text: string, start: number, end: number): void;
}

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Splits `source` into tokens, in one left-to-right pass: every step consumes input, so it ends
 * on any string, and every lexical problem is an {@link XmlSyntaxError}. Nesting is not checked
 * here (see `parseXml`).
 */
export function tokenizeXml(source: string, handler: XmlTokenHandler): void {
  new Tokenizer(source, handler).run();
}

class Tokenizer {
  private position = 0;

  constructor(
    private readonly source: string,
    private readonly handler: XmlTokenHandler
  ) {}

  run(): void {
    const { source } = this;
    if (source.charCodeAt(0) === BYTE_ORDER_MARK) this.position = 1;
    while (this.position < source.length) {
      const lessThan = source.indexOf("<", this.position);
      const textEnd = lessThan === -1 ? source.length : lessThan;
      if (textEnd > this.position) {
        const text = decodeCharacterData(source, this.position, textEnd, false);
        this.handler.text(text, this.position, textEnd);
      }
      if (lessThan === -1) return;
      this.position = lessThan;
      this.readMarkup();
    }
  }

  private readMarkup(): void {
    const next = this.source.charCodeAt(this.position + 1);
    if (next === 0x2f /* / */) this.readEndTag();
    else if (next === 0x21 /* ! */) this.readDeclarationLike();
    else if (next === 0x3f /* ? */) this.readProcessingInstruction();
    else this.readStartTag();
  }

  private readStartTag(): void {
    const start = this.position;
    this.position++;
    const name = this.readName("element");
    let attributes: RawAttribute[] = NO_ATTRIBUTES;
    // Duplicates are found by a linear scan for the handful of attributes real tags carry, and
    // through a set once a tag has many, so a hostile tag cannot make this quadratic.
    let manyNames: Set<string> | undefined;
    for (;;) {
      const hadWhitespace = this.skipWhitespace();
      const code = this.peek();
      if (code === 0x3e /* > */) {
        this.position++;
        this.handler.startTag({ name, attributes, start, end: this.position, selfClosing: false });
        return;
      }
      if (code === 0x2f /* / */) {
        if (this.source.charCodeAt(this.position + 1) !== 0x3e) {
          throw this.error("invalid-name", "'/' in a tag must be followed by '>'");
        }
        this.position += 2;
        this.handler.startTag({ name, attributes, start, end: this.position, selfClosing: true });
        return;
      }
      if (!hadWhitespace) {
        throw this.error(
          "invalid-attribute",
          `attributes of <${name}> must be separated by whitespace`
        );
      }
      const attribute = this.readAttribute();
      if (attributes === NO_ATTRIBUTES) attributes = [];
      if (attributes.length >= MANY_ATTRIBUTES)
        manyNames ??= new Set(attributes.map((other) => other.name));
      const duplicate = manyNames
        ? manyNames.size === manyNames.add(attribute.name).size
        : attributes.some((other) => other.name === attribute.name);
      if (duplicate) {
        throw new XmlSyntaxError(
          "duplicate-attribute",
          `attribute '${attribute.name}' appears twice on <${name}>`,
          this.source,
          attribute.start
        );
      }
      attributes.push(attribute);
    }
  }

  private readAttribute(): RawAttribute {
    const start = this.position;
    const name = this.readName("attribute");
    this.skipWhitespace();
    if (this.peek() !== 0x3d /* = */)
      throw this.error("invalid-attribute", `attribute '${name}' needs '='`);
    this.position++;
    this.skipWhitespace();
    const quote = this.peek();
    if (quote !== 0x22 && quote !== 0x27) {
      throw this.error("invalid-attribute", `value of attribute '${name}' must be quoted`);
    }
    const valueStart = this.position + 1;
    const valueEnd = this.source.indexOf(quote === 0x22 ? '"' : "'", valueStart);
    if (valueEnd === -1)
      throw this.error("unexpected-end", `value of attribute '${name}' is not closed`);
    const value = decodeCharacterData(this.source, valueStart, valueEnd, true);
    this.position = valueEnd + 1;
    return { name, value, start, end: this.position, valueStart, valueEnd };
  }

  private readEndTag(): void {
    const start = this.position;
    this.position += 2;
    const name = this.readName("element");
    this.skipWhitespace();
    if (this.peek() !== 0x3e)
      throw this.error("invalid-name", `end tag </${name}> must close with '>'`);
    this.position++;
    this.handler.endTag(name, start, this.position);
  }

  /** Comments, CDATA sections, and the DTD we refuse. */
  private readDeclarationLike(): void {
    const { source } = this;
    const start = this.position;
    if (source.startsWith("<!--", start)) {
      const close = source.indexOf("-->", start + 4);
      if (close === -1)
        throw this.error("unterminated-comment", "comment is not closed with '-->'");
      this.position = close + 3;
    } else if (source.startsWith("<![CDATA[", start)) {
      const close = source.indexOf("]]>", start + 9);
      if (close === -1)
        throw this.error("unterminated-cdata", "CDATA section is not closed with ']]>'");
      this.handler.text(source.slice(start + 9, close).replace(/\r\n?/g, "\n"), start, close + 3);
      this.position = close + 3;
    } else if (source.startsWith("<!DOCTYPE", start)) {
      throw this.error("dtd-not-supported", "document type declarations are not supported");
    } else {
      throw this.error("unsupported-markup", "'<!' must start a comment or a CDATA section");
    }
  }

  private readProcessingInstruction(): void {
    const { source } = this;
    const start = this.position;
    const close = source.indexOf("?>", start + 2);
    if (close === -1) {
      throw this.error(
        "unterminated-processing-instruction",
        "processing instruction is not closed with '?>'"
      );
    }
    const target = /^[^ \t\r\n]*/.exec(source.slice(start + 2, close))?.[0] ?? "";
    if (target === "" || !canStartName(target.charCodeAt(0))) {
      throw this.error("invalid-name", "a processing instruction needs a target name");
    }
    const atDocumentStart =
      start === 0 || (start === 1 && source.charCodeAt(0) === BYTE_ORDER_MARK);
    if (target.toLowerCase() === "xml" && !atDocumentStart) {
      throw this.error(
        "misplaced-declaration",
        "the XML declaration may only appear at the very start"
      );
    }
    this.position = close + 2;
  }

  /** Reads a name at the current position, failing when there is none. */
  private readName(what: string): string {
    const { source } = this;
    const start = this.position;
    let end = start;
    while (end < source.length && !endsName(source.charCodeAt(end))) end++;
    if (end === start || !canStartName(source.charCodeAt(start))) {
      if (start >= source.length)
        throw this.error("unexpected-end", `input ends where a ${what} name was expected`);
      throw this.error("invalid-name", `a ${what} name was expected`);
    }
    this.position = end;
    if (end >= source.length) throw this.error("unexpected-end", `input ends inside a ${what} tag`);
    return source.slice(start, end);
  }

  private skipWhitespace(): boolean {
    const start = this.position;
    while (
      this.position < this.source.length &&
      isXmlWhitespace(this.source.charCodeAt(this.position))
    ) {
      this.position++;
    }
    return this.position > start;
  }

  /** The code unit at the current position; fails at the end of input (only called inside tags). */
  private peek(): number {
    if (this.position >= this.source.length)
      throw this.error("unexpected-end", "input ends inside a tag");
    return this.source.charCodeAt(this.position);
  }

  private error(
    code: ConstructorParameters<typeof XmlSyntaxError>[0],
    detail: string
  ): XmlSyntaxError {
    return new XmlSyntaxError(code, detail, this.source, this.position);
  }
}

const NO_ATTRIBUTES: RawAttribute[] = [];
const MANY_ATTRIBUTES = 16;
