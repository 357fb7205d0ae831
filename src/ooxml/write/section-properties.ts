import type { XmlElement } from "../xml";
import { parseTwips } from "../read/values";
import { wordAttribute, wordChild } from "../read/word-names";
import {
  A4_PORTRAIT,
  DECREE_30_MARGINS,
  DEFAULT_HEADER_FOOTER_DISTANCE,
  textWidth,
} from "./page-layout";
import { SECTION_PROPERTY_ORDER } from "./property-order";
import { rewriteProperties, withoutAttribute } from "./rewrite-properties";

/**
 * A section's properties as the document states them: the `w:sectPr` that ends the section (in
 * its last paragraph, or the body's final one), or none, when the application's defaults apply.
 */
export interface SectionSource {
  readonly source: string;
  readonly element: XmlElement | undefined;
}

/** The decree's A4 portrait page, for a section the document leaves to defaults. */
const DECREE_30_PORTRAIT_SECTION =
  "<w:sectPr>" +
  `<w:pgSz w:w="${A4_PORTRAIT.width}" w:h="${A4_PORTRAIT.height}"/>` +
  pageMarginsXml(DEFAULT_HEADER_FOOTER_DISTANCE, DEFAULT_HEADER_FOOTER_DISTANCE) +
  "</w:sectPr>";

/** The section's properties exactly as written, to end a copy of that section elsewhere. */
export function sectionCopyXml(section: SectionSource): string {
  const { element, source } = section;
  return element ? source.slice(element.start, element.end) : DECREE_30_PORTRAIT_SECTION;
}

/**
 * The same section turned landscape: page size swapped, the decree's margins, starting on a new
 * page, page numbers continuing (a `w:start` would restart them). Headers, footers, columns and
 * everything else are kept.
 */
export function landscapeSectionXml(section: SectionSource): string {
  const { element, source } = section;
  const page = pageSize(section);
  const margins = wordChild(element, "pgMar");
  const pageNumbers = wordChild(element, "pgNumType");
  const code = wordAttribute(wordChild(element, "pgSz"), "code");
  const set: Record<string, string> = {
    type: `<w:type w:val="nextPage"/>`,
    pgSz:
      `<w:pgSz w:w="${page.long}" w:h="${page.short}" w:orient="landscape"` +
      (code !== undefined && /^\d+$/.test(code) ? ` w:code="${code}"/>` : "/>"),
    pgMar: pageMarginsXml(
      twipsAttribute(margins, "header") ?? DEFAULT_HEADER_FOOTER_DISTANCE,
      twipsAttribute(margins, "footer") ?? DEFAULT_HEADER_FOOTER_DISTANCE
    ),
  };
  if (pageNumbers) set.pgNumType = withoutAttribute(source, pageNumbers, "start");
  return rewriteProperties(source, element, "sectPr", SECTION_PROPERTY_ORDER, {
    set,
    remove: ["sectPrChange"],
  });
}

/** The width tables get in this section. */
export function sectionTextWidth(section: SectionSource): number {
  const margins = wordChild(section.element, "pgMar");
  return textWidth(
    twipsAttribute(wordChild(section.element, "pgSz"), "w") ?? A4_PORTRAIT.width,
    twipsAttribute(margins, "left") ?? DECREE_30_MARGINS.left,
    twipsAttribute(margins, "right") ?? DECREE_30_MARGINS.right,
    twipsAttribute(margins, "gutter") ?? 0
  );
}

/** The width tables get in the landscape version of this section. */
export function landscapeTextWidth(section: SectionSource): number {
  return textWidth(pageSize(section).long, DECREE_30_MARGINS.left, DECREE_30_MARGINS.right);
}

function pageMarginsXml(header: number, footer: number): string {
  const { top, right, bottom, left } = DECREE_30_MARGINS;
  return `<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="${header}" w:footer="${footer}" w:gutter="0"/>`;
}

function pageSize(section: SectionSource): { long: number; short: number } {
  const size = wordChild(section.element, "pgSz");
  const width = twipsAttribute(size, "w") ?? A4_PORTRAIT.width;
  const height = twipsAttribute(size, "h") ?? A4_PORTRAIT.height;
  return { long: Math.max(width, height), short: Math.min(width, height) };
}

function twipsAttribute(element: XmlElement | undefined, name: string): number | undefined {
  const value = parseTwips(wordAttribute(element, name));
  return value !== undefined && value >= 0 ? value : undefined;
}
