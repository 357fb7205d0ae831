import { escapeXmlText, removeNonXmlCharacters } from "./xml-text";
import { BODY_SIZE_PT, FONT_FAMILY, TEXT_LANGUAGE } from "./house-style";
import { pointsToHalfPoints } from "./units";

/** What a run of our own looks like. */
export interface RunFormat {
  readonly sizePt: number;
  readonly bold: boolean;
  readonly italic: boolean;
}

export const PLAIN_BODY_RUN: RunFormat = { sizePt: BODY_SIZE_PT, bold: false, italic: false };

/** `w:rPr` with the font set for every script: no Vietnamese letter falls back to another font. */
export function runPropertiesXml(format: RunFormat): string {
  const size = pointsToHalfPoints(format.sizePt);
  return (
    "<w:rPr>" +
    `<w:rFonts w:ascii="${FONT_FAMILY}" w:hAnsi="${FONT_FAMILY}" w:cs="${FONT_FAMILY}" w:eastAsia="${FONT_FAMILY}"/>` +
    (format.bold ? "<w:b/><w:bCs/>" : "") +
    (format.italic ? "<w:i/><w:iCs/>" : "") +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` +
    `<w:lang w:val="${TEXT_LANGUAGE}"/>` +
    "</w:rPr>"
  );
}

const LINE_END_OR_TAB = /(\r\n|\r|\n|\t)/;
const NEEDS_PRESERVE = /^ | $| {2}/;

/**
 * The content of a run: text in `w:t`, "\t" as `w:tab`, and line ends ("\n", "\r\n", "\r") as
 * `w:br`. Characters XML cannot hold are dropped. Spaces at either end (or doubled) are kept
 * with `xml:space="preserve"`, without which Word and our reader drop them.
 */
export function runContentXml(text: string): string {
  let xml = "";
  for (const piece of removeNonXmlCharacters(text).split(LINE_END_OR_TAB)) {
    if (piece === "") continue;
    if (piece === "\t") xml += "<w:tab/>";
    else if (piece === "\n" || piece === "\r" || piece === "\r\n") xml += "<w:br/>";
    else {
      const preserve = NEEDS_PRESERVE.test(piece) ? ` xml:space="preserve"` : "";
      xml += `<w:t${preserve}>${escapeXmlText(piece)}</w:t>`;
    }
  }
  return xml;
}

/** A `w:r` with the given properties markup; "" when the text leaves nothing to show. */
export function runXml(text: string, propertiesXml: string): string {
  const content = runContentXml(text);
  return content === "" ? "" : `<w:r>${propertiesXml}${content}</w:r>`;
}
