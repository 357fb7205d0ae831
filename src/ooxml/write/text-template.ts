import type { SpecAlignment, SpecRun } from "../../core/edits/spec";
import { forEachBlock } from "../read/block-content";
import { forEachRun } from "../read/inline-content";
import { wordChild } from "../read/word-names";
import { ownText, type XmlElement } from "../xml";
import { justificationXml } from "./paragraph-xml";
import { PARAGRAPH_PROPERTY_ORDER, RUN_PROPERTY_ORDER } from "./property-order";
import { rewriteProperties } from "./rewrite-properties";
import { runXml } from "./run-xml";

/** How a school formatted the text of a cell: what new text in (or like) that cell copies. */
export interface TextTemplate {
  /** The `w:pPr` of the cell's first paragraph. */
  readonly paragraphProperties: XmlElement | undefined;
  /**
   * The `w:rPr` of the first run with text; with no such run, of the first run; with no run at
   * all, of the first paragraph's mark.
   */
  readonly runProperties: XmlElement | undefined;
}

export const NO_TEXT_TEMPLATE: TextTemplate = {
  paragraphProperties: undefined,
  runProperties: undefined,
};

/** The text template of a cell (`w:tc`); nested tables are not looked into. */
export function textTemplateOf(cell: XmlElement): TextTemplate {
  const paragraphs: XmlElement[] = [];
  forEachBlock(cell, {
    paragraph(element) {
      paragraphs.push(element);
    },
    table() {},
  });
  return templateOfParagraphs(paragraphs);
}

/** The text template of one paragraph (`w:p`): its own properties and first run with text. */
export function paragraphTextTemplate(paragraph: XmlElement): TextTemplate {
  return templateOfParagraphs([paragraph]);
}

function templateOfParagraphs(paragraphs: readonly XmlElement[]): TextTemplate {
  let firstRun: XmlElement | undefined;
  let textRun: XmlElement | undefined;
  for (const paragraph of paragraphs) {
    forEachRun(paragraph, (run) => {
      firstRun ??= run;
      const text = wordChild(run, "t");
      if (!textRun && text && ownText(text) !== "") textRun = run;
    });
    if (textRun) break;
  }
  const paragraphProperties = wordChild(paragraphs[0], "pPr");
  const run = textRun ?? firstRun;
  return {
    paragraphProperties,
    runProperties: run ? wordChild(run, "rPr") : wordChild(paragraphProperties, "rPr"),
  };
}

/**
 * Tracked changes are not copied (a new run would pretend to be someone's revision), nor is
 * hidden text (new text must show).
 */
const NOT_COPIED_RUN_PROPERTIES = [
  "ins",
  "del",
  "moveFrom",
  "moveTo",
  "rPrChange",
  "vanish",
  "specVanish",
  "webHidden",
];

/** A paragraph of new text like the template, with the spec's bold, italic and alignment. */
export function templateParagraphXml(
  source: string,
  template: TextTemplate,
  runs: readonly SpecRun[],
  alignment: SpecAlignment | undefined,
  /** Markup that goes before the runs (e.g. bookmarks kept from replaced text). */
  leading = ""
): string {
  const set: Record<string, string> = {};
  if (alignment) set.jc = justificationXml(alignment);
  const markProperties = wordChild(template.paragraphProperties, "rPr");
  if (markProperties) set.rPr = runPropertiesLike(source, markProperties, {});
  const properties = rewriteProperties(
    source,
    template.paragraphProperties,
    "pPr",
    PARAGRAPH_PROPERTY_ORDER,
    { set, remove: ["sectPr", "pPrChange"] }
  );
  const content = runs
    .map((run) => runXml(run.text, runPropertiesLike(source, template.runProperties, run)))
    .join("");
  return `<w:p>${properties}${leading}${content}</w:p>`;
}

/** The template's run properties, with bold and italic as the spec states them (when it does). */
function runPropertiesLike(
  source: string,
  template: XmlElement | undefined,
  emphasis: Pick<SpecRun, "bold" | "italic">
): string {
  const set: Record<string, string> = {};
  if (emphasis.bold !== undefined) {
    set.b = emphasis.bold ? "<w:b/>" : `<w:b w:val="0"/>`;
    set.bCs = emphasis.bold ? "<w:bCs/>" : `<w:bCs w:val="0"/>`;
  }
  if (emphasis.italic !== undefined) {
    set.i = emphasis.italic ? "<w:i/>" : `<w:i w:val="0"/>`;
    set.iCs = emphasis.italic ? "<w:iCs/>" : `<w:iCs w:val="0"/>`;
  }
  return rewriteProperties(source, template, "rPr", RUN_PROPERTY_ORDER, {
    set,
    remove: NOT_COPIED_RUN_PROPERTIES,
  });
}
