/** Why a string is not well-formed XML (or uses XML we deliberately refuse, such as a DTD). */
export type XmlErrorCode =
  | "unexpected-end"
  | "invalid-name"
  | "invalid-attribute"
  | "duplicate-attribute"
  | "invalid-entity"
  | "invalid-character-reference"
  | "unterminated-comment"
  | "unterminated-cdata"
  | "unterminated-processing-instruction"
  | "misplaced-declaration"
  | "dtd-not-supported"
  | "unsupported-markup"
  | "mismatched-end-tag"
  | "unexpected-end-tag"
  | "unclosed-element"
  | "text-outside-root"
  | "multiple-roots"
  | "no-root"
  | "unbound-prefix"
  | "invalid-namespace-declaration"
  | "too-deep";

/** 1-based line and column of a UTF-16 offset, for messages people can act on. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const limit = Math.min(offset, source.length);
  for (let i = 0; i < limit; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: limit - lineStart + 1 };
}

/** The only error the XML layer throws: malformed input never surfaces as a TypeError or a hang. */
export class XmlSyntaxError extends Error {
  readonly code: XmlErrorCode;
  /** UTF-16 offset in the source where the problem was found. */
  readonly offset: number;
  readonly line: number;
  readonly column: number;

  constructor(code: XmlErrorCode, detail: string, source: string, offset: number) {
    const { line, column } = lineAndColumn(source, offset);
    super(`XML ${code} at line ${line}, column ${column}: ${detail}`);
    this.name = "XmlSyntaxError";
    this.code = code;
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
}
