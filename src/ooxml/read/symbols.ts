/**
 * Text of `w:sym`. Symbol fonts put their glyphs at F020–F0FF (the font's byte + F000, a private
 * use range), which means nothing outside that font. Rather than carry whole font tables, the
 * bullets, arrows and check marks people actually insert are mapped to their Unicode
 * equivalents and every other symbol-font character is dropped, so a stray private-use
 * character never reaches recognition.
 */

const SYMBOL_FONT_CHARACTERS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  symbol: {
    0x2d: "\u2212",
    0xa3: "\u2264",
    0xae: "\u2192",
    0xb0: "\u00b0",
    0xb1: "\u00b1",
    0xb3: "\u2265",
    0xb4: "\u00d7",
    0xb7: "\u2022",
    0xde: "\u21d2",
  },
  wingdings: {
    0x6c: "\u25cf",
    0x6e: "\u25a0",
    0x6f: "\u25a1",
    0x71: "\u2751",
    0x76: "\u2756",
    0xa7: "\u25aa",
    0xa8: "\u25fb",
    0xd8: "\u27a2",
    0xe8: "\u2794",
    0xfb: "\u2717",
    0xfc: "\u2713",
    0xfd: "\u2612",
    0xfe: "\u2611",
  },
};

const SYMBOL_FONT_OFFSET = 0xf000;

export function symbolText(characterHex: string | undefined, font: string | undefined): string {
  if (characterHex === undefined || !/^[0-9a-fA-F]{1,6}$/.test(characterHex)) return "";
  const code = parseInt(characterHex, 16);
  const fontKey = font?.trim().toLowerCase() ?? "";
  const isSymbolFontByte = code >= SYMBOL_FONT_OFFSET + 0x20 && code <= SYMBOL_FONT_OFFSET + 0xff;
  // Some writers give a symbol font's byte without the F000 offset.
  const isBareByte = code <= 0xff && fontKey in SYMBOL_FONT_CHARACTERS;
  if (isSymbolFontByte || isBareByte) {
    return SYMBOL_FONT_CHARACTERS[fontKey]?.[code & 0xff] ?? "";
  }
  const isPrivateUse = code >= 0xe000 && code <= 0xf8ff;
  const isText =
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return isText && !isPrivateUse ? String.fromCodePoint(code) : "";
}
