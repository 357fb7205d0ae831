import type { XmlElement } from "../xml";
import { alternateContentFallback, wordChild, wordName } from "./word-names";

export interface BlockVisitor {
  paragraph(element: XmlElement): void;
  table(element: XmlElement): void;
  /** Around the blocks of a block-level content control (`w:sdt`). */
  enterContentControl?(sdt: XmlElement): void;
  exitContentControl?(sdt: XmlElement): void;
}

/**
 * Visits the paragraphs and tables of a body, cell or content control in document order,
 * flattening block-level content controls and custom XML. `w:sectPr`, bookmarks and other
 * markers are not blocks.
 */
export function forEachBlock(container: XmlElement, visitor: BlockVisitor): void {
  for (const child of container.children) {
    if (child.kind !== "element") continue;
    switch (wordName(child)) {
      case "p":
        visitor.paragraph(child);
        break;
      case "tbl":
        visitor.table(child);
        break;
      case "sdt": {
        const content = wordChild(child, "sdtContent");
        visitor.enterContentControl?.(child);
        if (content) forEachBlock(content, visitor);
        visitor.exitContentControl?.(child);
        break;
      }
      case "customXml":
        forEachBlock(child, visitor);
        break;
      case undefined: {
        const fallback = alternateContentFallback(child);
        if (fallback) forEachBlock(fallback, visitor);
        break;
      }
      default:
        break;
    }
  }
}
