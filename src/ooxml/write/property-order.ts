/**
 * The order ECMA-376 requires for the children of the property elements we rewrite, so a child
 * we add lands where Word's validator expects it.
 */

// prettier-ignore
export const PARAGRAPH_PROPERTY_ORDER = [
  "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
  "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
  "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
  "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
  "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
  "sectPr", "pPrChange",
] as const;

/** Run properties; a paragraph mark's properties start with its revision marks. */
// prettier-ignore
export const RUN_PROPERTY_ORDER = [
  "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
  "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
  "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs",
  "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
  "eastAsianLayout", "specVanish", "oMath", "rPrChange",
] as const;

// prettier-ignore
export const CELL_PROPERTY_ORDER = [
  "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
  "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
  "cellMerge", "tcPrChange",
] as const;

/** Row properties may come in any order; this is the order Word writes them in. */
// prettier-ignore
export const ROW_PROPERTY_ORDER = [
  "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit", "trHeight",
  "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange",
] as const;

// prettier-ignore
export const SECTION_PROPERTY_ORDER = [
  "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
  "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote",
  "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange",
] as const;

// prettier-ignore
export const TABLE_PROPERTY_EXCEPTION_ORDER = [
  "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar",
  "tblLook", "tblPrExChange",
] as const;
