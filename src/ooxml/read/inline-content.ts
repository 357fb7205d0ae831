import type { XmlElement } from "../xml";
import { alternateContentFallback, wordChild, wordName } from "./word-names";

/**
 * Calls `visit` for every run (`w:r`) whose content counts, in document order, looking through
 * the containers that hold runs inside a paragraph. Deleted and moved-away revisions
 * (`w:del`, `w:moveFrom`) are skipped; inserted and moved-here ones (`w:ins`, `w:moveTo`) count.
 * Everything else (properties, bookmarks, comment ranges, proofing marks, permissions, math,
 * sub-documents) holds no body text.
 */
export function forEachRun(container: XmlElement, visit: (run: XmlElement) => void): void {
  for (const child of container.children) {
    if (child.kind !== "element") continue;
    switch (wordName(child)) {
      case "r":
        visit(child);
        break;
      case "hyperlink":
      case "smartTag":
      case "customXml":
      case "fldSimple":
      case "ins":
      case "moveTo":
      case "dir":
      case "bdo":
        forEachRun(child, visit);
        break;
      case "sdt": {
        const content = wordChild(child, "sdtContent");
        if (content) forEachRun(content, visit);
        break;
      }
      case undefined: {
        const fallback = alternateContentFallback(child);
        if (fallback) forEachRun(fallback, visit);
        break;
      }
      default:
        break;
    }
  }
}
