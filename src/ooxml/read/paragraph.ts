import type { ParagraphInfo } from "../../core/model/document";
import type { XmlElement } from "../xml";
import { alignmentFromJustification } from "./alignment";
import type { ReadContext } from "./context";
import { headingLevelFromOutline } from "./heading-level";
import { forEachRun } from "./inline-content";
import { runIsBold } from "./run-bold";
import { readRunText } from "./run-text";
import { parseWholeNumber } from "./values";
import { propertyValue, wordChild } from "./word-names";

const VISIBLE_CHARACTER = /\S/;

/**
 * Reads a `w:p`. A paragraph is bold when it has visible text (anything but whitespace) and
 * every run carrying some is bold; whitespace-only runs do not count either way, and a
 * paragraph without visible text is not bold. The direct outline level beats the style's,
 * direct `w:jc` beats the style's.
 */
export function readParagraph(paragraph: XmlElement, context: ReadContext): ParagraphInfo {
  const properties = wordChild(paragraph, "pPr");
  const styleId = propertyValue(properties, "pStyle");
  const styleFacts = context.styles.paragraphFacts(styleId);

  let text = "";
  let hasVisibleText = false;
  let everyVisibleRunBold = true;
  forEachRun(paragraph, (run) => {
    const runText = readRunText(run, context.fields);
    text += runText;
    if (!VISIBLE_CHARACTER.test(runText)) return;
    hasVisibleText = true;
    if (everyVisibleRunBold && !runIsBold(run, styleFacts, context.styles))
      everyVisibleRunBold = false;
  });

  const directOutlineLevel = parseWholeNumber(propertyValue(properties, "outlineLvl"));
  const headingLevel =
    directOutlineLevel === undefined
      ? styleFacts.headingLevel
      : headingLevelFromOutline(directOutlineLevel);
  const alignment =
    alignmentFromJustification(propertyValue(properties, "jc")) ?? styleFacts.alignment;

  const info: ParagraphInfo = { text, bold: hasVisibleText && everyVisibleRunBold };
  if (headingLevel !== undefined) info.headingLevel = headingLevel;
  if (alignment !== undefined) info.alignment = alignment;
  if (styleId !== undefined) info.styleId = styleId;
  return info;
}
