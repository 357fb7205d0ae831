import { escapeXmlAttribute } from "./xml-text";

/**
 * A block-level rich-text content control around `content` (paragraphs and tables). The tag is
 * how we find our own tables again; the alias is what Word shows on the control's title bar.
 */
export function contentControlXml(marker: string, id: number, content: string): string {
  const value = escapeXmlAttribute(marker);
  return (
    "<w:sdt><w:sdtPr>" +
    `<w:alias w:val="${value}"/><w:tag w:val="${value}"/><w:id w:val="${id}"/>` +
    `</w:sdtPr><w:sdtContent>${content}</w:sdtContent></w:sdt>`
  );
}

/**
 * Ids for new content controls: stable for a marker (so output is reproducible), never one the
 * document already uses. Word keeps them as signed 32-bit numbers.
 */
export class ContentControlIds {
  private readonly taken: Set<number>;

  constructor(taken: Iterable<number> = []) {
    this.taken = new Set(taken);
  }

  next(marker: string): number {
    let id = (hash(marker) % 0x7ffffffe) + 1;
    while (this.taken.has(id)) id = (id % 0x7ffffffe) + 1;
    this.taken.add(id);
    return id;
  }
}

/** FNV-1a over UTF-16 code units, as an unsigned 32-bit number. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}
