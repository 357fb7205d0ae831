import type { XmlElement } from "../xml";
import type { ParagraphStyleFacts, StyleSheet } from "./style-sheet";
import { isOn } from "./values";
import { propertyValue, wordChild } from "./word-names";

/**
 * Whether a run is bold. Direct `w:b` is absolute. Otherwise bold is a toggle property
 * (ECMA-376 §17.7.3): starting from the document defaults, a paragraph style and a character
 * style that each say bold cancel out, as in Word. Table styles are not consulted.
 */
export function runIsBold(
  run: XmlElement,
  paragraphStyle: ParagraphStyleFacts,
  styles: StyleSheet
): boolean {
  const properties = wordChild(run, "rPr");
  const direct = wordChild(properties, "b");
  if (direct) return isOn(direct);
  const characterStyleBold = styles.characterBold(propertyValue(properties, "rStyle"));
  return (styles.defaultBold !== paragraphStyle.bold) !== characterStyleBold;
}
