import { isWord, wordName } from "../read/word-names";
import type { XmlElement } from "../xml";

/** Elements that come in start/end pairs: replaced text must keep them so each pair stays whole. */
const RANGE_MARKERS = new Set([
  "bookmarkStart",
  "bookmarkEnd",
  "commentRangeStart",
  "commentRangeEnd",
  "permStart",
  "permEnd",
]);

/** The markup of every range marker inside `container`, its `properties` element left out. */
export function rangeMarkers(
  source: string,
  container: XmlElement,
  properties: "tcPr" | "pPr"
): string[] {
  const found: string[] = [];
  for (const child of container.children) {
    if (child.kind !== "element" || isWord(child, properties)) continue;
    const name = wordName(child);
    if (name !== undefined && RANGE_MARKERS.has(name))
      found.push(source.slice(child.start, child.end));
    else found.push(...rangeMarkers(source, child, properties));
  }
  return found;
}
