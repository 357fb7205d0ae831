import type { FragmentSpec } from "../../core/edits/spec";
import type { ContentControlIds } from "./content-control";
import { blameEdit } from "./errors";
import { renderFragmentBlocks } from "./fragment-xml";
import type { InsertionSite, Preceding } from "./insertion-site";
import { emptyParagraphXml, spacerParagraphXml } from "./paragraph-xml";
import {
  landscapeSectionXml,
  landscapeTextWidth,
  sectionCopyXml,
  sectionTextWidth,
} from "./section-properties";

export interface FragmentToInsert {
  readonly fragment: FragmentSpec;
  readonly editIndex: number;
}

export interface ComposedInsertion {
  readonly markup: string;
  /** The markup ends with new final section properties, replacing the body's own. */
  readonly replacesFinalSection: boolean;
}

/**
 * The markup for fragments inserted at one site, in order. A landscape fragment gets a section
 * of its own. A section's properties sit at its end, so:
 * - before it, an empty paragraph (one point tall, like every paragraph that only ends a section)
 *   carries a copy of the current section's `w:sectPr` (ending the
 *   portrait section there), unless a section already ends just before;
 * - in the middle of the body, an empty paragraph after it carries the landscape `w:sectPr`, and
 *   what follows stays in the original section, whose properties are untouched;
 * - at the very end, the landscape section is the last one, whose properties are the body's
 *   final `w:sectPr`: that one becomes landscape (the original lives on in the copy before the
 *   fragment). Ending with a section-break paragraph instead would leave an empty last page.
 * Section breaks never go inside a fragment's content control, where Word does not allow them.
 */
export function composeInsertion(
  site: InsertionSite,
  fragments: readonly FragmentToInsert[],
  ids: ContentControlIds
): ComposedInsertion {
  const layouts = {
    portrait: { textWidthTwips: sectionTextWidth(site.section) },
    landscape: { textWidthTwips: landscapeTextWidth(site.section) },
  };
  let landscape = false;
  let preceding: Preceding = site.preceding;
  let markup = "";
  for (const { fragment, editIndex } of fragments) {
    const wantsLandscape = fragment.landscape === true;
    const blocks = blameEdit(editIndex, () =>
      renderFragmentBlocks(fragment, wantsLandscape ? layouts.landscape : layouts.portrait, ids)
    );
    if (blocks.xml === "") continue;
    if (wantsLandscape !== landscape) {
      if (preceding !== "section-break" && preceding !== "nothing") {
        markup += spacerParagraphXml(sectionEnd(site, landscape));
      }
      landscape = wantsLandscape;
      preceding = "section-break";
    }
    // Word joins two tables with nothing between them into one.
    if (blocks.first === "table" && preceding === "table") markup += emptyParagraphXml();
    markup += blocks.xml;
    preceding = blocks.last === "table" ? "table" : "paragraph";
  }
  if (markup === "") return { markup, replacesFinalSection: false };
  if (site.atEnd) {
    // The body must end with a paragraph: Word adds one after a final table anyway.
    if (preceding === "table") markup += spacerParagraphXml();
    if (landscape)
      return { markup: markup + landscapeSectionXml(site.section), replacesFinalSection: true };
  } else if (landscape) {
    markup += spacerParagraphXml(landscapeSectionXml(site.section));
  } else if (preceding === "table" && site.followedByTable) {
    markup += emptyParagraphXml();
  }
  return { markup, replacesFinalSection: false };
}

function sectionEnd(site: InsertionSite, landscape: boolean): string {
  return landscape ? landscapeSectionXml(site.section) : sectionCopyXml(site.section);
}
