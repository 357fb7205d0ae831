/** User text made safe for XML 1.0 character data and attribute values. */

/**
 * Everything XML 1.0 cannot hold, even as a character reference: C0 controls other than tab,
 * line feed and carriage return; lone surrogate halves; U+FFFE and U+FFFF.
 */
// Built from a string: a regular expression literal with control characters reads as a mistake.
const NOT_XML_CHARACTERS = new RegExp(
  "[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]" +
    "|[\\ud800-\\udbff](?![\\udc00-\\udfff])" +
    "|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]",
  "g"
);

export function removeNonXmlCharacters(text: string): string {
  return text.replace(NOT_XML_CHARACTERS, "");
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
};

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': "&quot;",
  "'": "&apos;",
  // Literal tabs and line ends in an attribute would be read back as spaces (XML 1.0 §3.3.3).
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
};

/**
 * Character data: "<" and "&" must be escaped, ">" is escaped too so "]]>" can never appear.
 * A carriage return is written as a reference, which a parser keeps instead of turning it into
 * a line feed; callers that mean a line break write `w:br` instead.
 */
export function escapeXmlText(text: string): string {
  return removeNonXmlCharacters(text)
    .replace(/[&<>]/g, (character) => TEXT_ESCAPES[character] ?? character)
    .replace(/\r/g, "&#13;");
}

/** An attribute value, for double or single quotes alike. */
export function escapeXmlAttribute(value: string): string {
  return removeNonXmlCharacters(value).replace(
    /[&<>"'\t\n\r]/g,
    (character) => ATTRIBUTE_ESCAPES[character] ?? character
  );
}
