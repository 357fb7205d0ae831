import type { XmlElement } from "../xml";
import { alternateContentFallback, wordChild, wordName } from "./word-names";

/**
 * Calls `visit` for each WordprocessingML child named `localName` (rows of a table, cells of a
 * row), also when content controls (`w:sdt`), custom XML or markup-compatibility wrappers hold
 * them: a wrapped row is still a row.
 */
export function forEachWrapped(
  container: XmlElement,
  localName: string,
  visit: (element: XmlElement) => void
): void {
  for (const child of container.children) {
    if (child.kind !== "element") continue;
    const name = wordName(child);
    if (name === localName) {
      visit(child);
    } else if (name === "sdt") {
      const content = wordChild(child, "sdtContent");
      if (content) forEachWrapped(content, localName, visit);
    } else if (name === "customXml") {
      forEachWrapped(child, localName, visit);
    } else if (name === undefined) {
      const fallback = alternateContentFallback(child);
      if (fallback) forEachWrapped(fallback, localName, visit);
    }
  }
}
