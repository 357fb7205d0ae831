/**
 * How the text we write looks, per Nghị định 30/2020/NĐ-CP and the way schools type their plans:
 * Times New Roman throughout, body 13 pt, tables 12 pt, thin single borders, a light grey fill on
 * group rows.
 */
export const FONT_FAMILY = "Times New Roman";
export const BODY_SIZE_PT = 13;
export const TABLE_SIZE_PT = 12;
/** Space after a body paragraph when the spec states none (the decree asks for at least 6 pt). */
export const BODY_SPACING_AFTER_PT = 6;
/** Proofing language, so Word checks the spelling of our text as Vietnamese. */
export const TEXT_LANGUAGE = "vi-VN";
/** A light grey (white, 5 % darker in Word's palette) that prints well in black and white. */
export const GROUP_ROW_FILL = "F2F2F2";
/** ½ pt single line (`w:sz` is in eighths of a point), black. */
export const TABLE_BORDER = `w:val="single" w:sz="4" w:space="0" w:color="000000"`;
