/** Where ranges lie in the document, to answer `compareLocationWith` as Word does. */
import { elementOffsets, type TreeElement } from "../xml-tree";

export type RangeLocation = "Whole" | "Start" | "End" | "After" | "Content";

export interface Span {
  start: number;
  end: number;
}

export function spanOf(root: TreeElement, element: TreeElement, location: RangeLocation): Span {
  const offsets = elementOffsets(root).get(element);
  if (!offsets) throw new Error("fake: the element is not in the document");
  const contentStart = offsets.start + element.startTag.length;
  const contentEnd = offsets.end - element.endTag.length;
  switch (location) {
    case "Whole":
      return offsets;
    case "Start":
      return { start: contentStart, end: contentStart };
    case "End":
      return { start: contentEnd, end: contentEnd };
    case "After":
      return { start: offsets.end, end: offsets.end };
    case "Content":
      return { start: contentStart, end: contentEnd };
  }
}

/** `a.compareLocationWith(b)`: how range `a` lies relative to range `b` (Word.LocationRelation). */
export function locationRelation(a: Span, b: Span): string {
  if (a.start === b.start && a.end === b.end) return "Equal";
  if (a.start <= b.start && b.end <= a.end) {
    if (a.start === b.start) return "ContainsStart";
    if (a.end === b.end) return "ContainsEnd";
    return "Contains";
  }
  if (b.start <= a.start && a.end <= b.end) {
    if (a.start === b.start) return "InsideStart";
    if (a.end === b.end) return "InsideEnd";
    return "Inside";
  }
  if (a.end <= b.start) return a.end === b.start ? "AdjacentBefore" : "Before";
  if (a.start >= b.end) return a.start === b.end ? "AdjacentAfter" : "After";
  return a.start < b.start ? "OverlapsBefore" : "OverlapsAfter";
}
