/** Heading levels from outline levels and built-in heading style names. */

/** `w:outlineLvl` is 0-based; 9 means body text. Anything else is not a heading. */
export function headingLevelFromOutline(outlineLevel: number): number | undefined {
  return outlineLevel >= 0 && outlineLevel <= 8 ? outlineLevel + 1 : undefined;
}

const HEADING_NAME = /^heading ?([1-9])$/i;

/**
 * "heading 1"…"heading 9" (the built-in names styles.xml keeps in English even in a localized
 * Word), and the ids "Heading1"… that Word and LibreOffice derive from them.
 */
export function headingLevelFromName(name: string | undefined): number | undefined {
  const match = name === undefined ? null : HEADING_NAME.exec(name.trim());
  return match ? Number(match[1]) : undefined;
}
