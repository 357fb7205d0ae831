import { millimetresToTwips } from "./units";

/**
 * Page geometry per Nghị định 30/2020/NĐ-CP: A4, margins top and bottom 20 mm, left 30 mm,
 * right 20 mm (the lower ends of the allowed ranges, which leave the most room for tables).
 */
export const A4_PORTRAIT = { width: 11906, height: 16838 } as const;

export const DECREE_30_MARGINS = {
  top: millimetresToTwips(20),
  bottom: millimetresToTwips(20),
  left: millimetresToTwips(30),
  right: millimetresToTwips(20),
} as const;

/** Header and footer distance from the page edge, when the document states none: 12.5 mm. */
export const DEFAULT_HEADER_FOOTER_DISTANCE = 709;

/** Text width of an A4 portrait page with the decree's margins: 160 mm. */
export const DECREE_30_PORTRAIT_TEXT_WIDTH =
  A4_PORTRAIT.width - DECREE_30_MARGINS.left - DECREE_30_MARGINS.right;

/** Text width of an A4 landscape page with the decree's margins: 247 mm. */
export const DECREE_30_LANDSCAPE_TEXT_WIDTH =
  A4_PORTRAIT.height - DECREE_30_MARGINS.left - DECREE_30_MARGINS.right;

/** Narrower than this (25 mm) a computed text width is taken as unreadable, not as meant. */
const NARROWEST_TEXT_WIDTH = 1417;

/** The width tables are fitted to, from a section's page width and side margins (all twips). */
export function textWidth(pageWidth: number, left: number, right: number, gutter = 0): number {
  const width = pageWidth - left - right - gutter;
  return Number.isFinite(width) && width >= NARROWEST_TEXT_WIDTH
    ? width
    : DECREE_30_PORTRAIT_TEXT_WIDTH;
}
