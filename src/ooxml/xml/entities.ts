import { isXmlChar } from "./characters";
import { XmlSyntaxError } from "./errors";

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** The longest reference we accept, "&#x10FFFF;", bounds the search for ";" so it stays linear. */
const LONGEST_REFERENCE = 10;

/**
 * Decodes the character data in `source[start, end)`: entity and character references, and
 * line ends ("\r\n" and lone "\r" become "\n", as XML 1.0 §2.11 requires). In attribute values,
 * literal tabs and line ends also become spaces (§3.3.3); references are never normalized.
 */
export function decodeCharacterData(
  source: string,
  start: number,
  end: number,
  inAttribute: boolean
): string {
  const raw = source.slice(start, end);
  if (inAttribute) {
    const lessThan = raw.indexOf("<");
    if (lessThan !== -1) {
      throw new XmlSyntaxError(
        "invalid-attribute",
        "'<' is not allowed in an attribute value",
        source,
        start + lessThan
      );
    }
  }
  const hasReference = raw.indexOf("&") !== -1;
  const hasSpecialWhitespace = inAttribute ? /[\t\n\r]/.test(raw) : raw.indexOf("\r") !== -1;
  if (!hasReference && !hasSpecialWhitespace) return raw;

  let result = "";
  let copiedUpTo = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code === 0x26 /* & */) {
      result += raw.slice(copiedUpTo, i);
      const semicolon = raw.indexOf(";", i + 1);
      if (semicolon === -1 || semicolon - i >= LONGEST_REFERENCE) {
        throw new XmlSyntaxError(
          "invalid-entity",
          "'&' must start a reference ending with ';'",
          source,
          start + i
        );
      }
      result += resolveReference(raw.slice(i + 1, semicolon), source, start + i);
      i = semicolon;
      copiedUpTo = semicolon + 1;
    } else if (code === 0x0d /* \r */) {
      result += raw.slice(copiedUpTo, i) + (inAttribute ? " " : "\n");
      if (raw.charCodeAt(i + 1) === 0x0a) i++;
      copiedUpTo = i + 1;
    } else if (inAttribute && (code === 0x0a || code === 0x09)) {
      result += raw.slice(copiedUpTo, i) + " ";
      copiedUpTo = i + 1;
    }
  }
  return result + raw.slice(copiedUpTo);
}

/** `body` is what lies between "&" and ";". */
function resolveReference(body: string, source: string, offset: number): string {
  if (body.charCodeAt(0) !== 0x23 /* # */) {
    const predefined = PREDEFINED_ENTITIES[body];
    if (predefined === undefined) {
      throw new XmlSyntaxError(
        "invalid-entity",
        `unknown entity '&${body};' (only the five predefined entities exist without a DTD)`,
        source,
        offset
      );
    }
    return predefined;
  }
  const hex = body.charCodeAt(1) === 0x78; /* x */
  const digits = body.slice(hex ? 2 : 1);
  const valid = hex ? /^[0-9a-fA-F]+$/.test(digits) : /^[0-9]+$/.test(digits);
  const codePoint = valid ? parseInt(digits, hex ? 16 : 10) : NaN;
  if (!isXmlChar(codePoint)) {
    throw new XmlSyntaxError(
      "invalid-character-reference",
      `'&${body};' does not name a character XML allows`,
      source,
      offset
    );
  }
  return String.fromCodePoint(codePoint);
}
