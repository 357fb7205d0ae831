import { ownText, trimXmlWhitespace, type XmlElement } from "../xml";
import type { FieldState } from "./field-state";
import { forEachRun } from "./inline-content";
import { symbolText } from "./symbols";
import { alternateContentFallback, wordAttribute, wordChild, wordName } from "./word-names";

/**
 * The visible text of one run. Field characters update `fields` as they pass; text inside a
 * field's code is hidden. Deleted text and field codes (`w:delText`, `w:instrText`) never count.
 * Drawings, VML pictures and embedded objects (`w:drawing`, `w:pict`, `w:object`) are skipped:
 * text in text boxes and shapes floats outside the body's reading order and is not plan text.
 * Footnote and endnote references add nothing (their number is generated, their text elsewhere).
 */
export function readRunText(run: XmlElement, fields: FieldState): string {
  let text = "";
  for (const child of run.children) {
    if (child.kind === "element") text += runContentText(child, fields);
  }
  return text;
}

function runContentText(element: XmlElement, fields: FieldState): string {
  const name = wordName(element);
  if (name === "fldChar") {
    fields.apply(wordAttribute(element, "fldCharType"));
    return "";
  }
  if (!fields.showsText) return "";
  switch (name) {
    case "t":
      return textOfTextElement(element);
    case "tab":
    case "ptab":
      return "\t";
    case "br":
    case "cr":
      return "\n";
    case "noBreakHyphen":
      return "-";
    case "sym":
      return symbolText(wordAttribute(element, "char"), wordAttribute(element, "font"));
    case "ruby":
      return rubyBaseText(element, fields);
    case undefined: {
      const fallback = alternateContentFallback(element);
      return fallback ? readRunText(fallback, fields) : "";
    }
    default:
      return "";
  }
}

/**
 * `w:t` text exactly as written under `xml:space="preserve"`; otherwise Word drops leading and
 * trailing whitespace (ECMA-376 §17.3.3.31), and so do we.
 */
function textOfTextElement(element: XmlElement): string {
  const text = ownText(element);
  return element.spacePreserved ? text : trimXmlWhitespace(text);
}

/** Ruby (phonetic guide): the base text is the text; the guide above it is not. */
function rubyBaseText(ruby: XmlElement, fields: FieldState): string {
  const base = wordChild(ruby, "rubyBase");
  let text = "";
  if (base) forEachRun(base, (run) => (text += readRunText(run, fields)));
  return text;
}
