/** Character classes of XML 1.0 that the tokenizer needs, by UTF-16 code unit. */

export function isXmlWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d;
}

/**
 * Characters that end a name in a tag. XML's full NameChar table is not enforced: Word and
 * LibreOffice write ASCII names, and anything odd is still caught by the delimiters below.
 */
export function endsName(code: number): boolean {
  return (
    isXmlWhitespace(code) ||
    code === 0x2f /* / */ ||
    code === 0x3e /* > */ ||
    code === 0x3d /* = */ ||
    code === 0x3c /* < */ ||
    code === 0x22 /* " */ ||
    code === 0x27 /* ' */ ||
    code === 0x26 /* & */
  );
}

/** A name may not start with a digit, "-" or "." (XML 1.0 NameStartChar). */
export function canStartName(code: number): boolean {
  return !(code === 0x2d || code === 0x2e || (code >= 0x30 && code <= 0x39));
}

/** XML 1.0 Char production, for code points written as character references. */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

const XML_WHITESPACE_AT_EDGES = /^[ \t\r\n]+|[ \t\r\n]+$/g;

/** Strips XML whitespace (not every Unicode space) from both ends, as `xml:space="default"` allows. */
export function trimXmlWhitespace(text: string): string {
  return text.replace(XML_WHITESPACE_AT_EDGES, "");
}
