import type { DocumentContent } from "../document-content";
import { FakeOfficeError } from "../errors";
import { isWordElement } from "../word-elements";
import type { TreeElement } from "../xml-tree";
import type { RangeLocation } from "./positions";

export type InsertLocation = "Replace" | "Start" | "End" | "Before" | "After";

/**
 * What `Range.insertOoxml` does with a package's blocks, for the ranges the fake models: a whole
 * paragraph or table (before it, after it, or in its place) and the point after one. Returns the
 * first inserted element.
 */
export function insertPackage(
  content: DocumentContent,
  target: { element: TreeElement; location: RangeLocation },
  ooxml: string,
  where: InsertLocation
): TreeElement | undefined {
  const blocks = content.packageBlocks(ooxml);
  const first = blocks.find((node): node is TreeElement => node.kind === "element");
  const { element, location } = target;
  const block = isWordElement(element, "p") || isWordElement(element, "tbl");
  if (block && location === "Whole" && where === "After") content.insertAfter(element, blocks);
  else if (block && location === "Whole" && where === "Before")
    content.insertBefore(element, blocks);
  else if (block && location === "Whole" && where === "Replace") content.replace(element, blocks);
  else if (block && location === "After") content.insertAfter(element, blocks);
  else {
    throw new FakeOfficeError(
      "InvalidArgument",
      `the fake does not model insertOoxml "${where}" on a ${location} range of <${element.localName}>`
    );
  }
  return first;
}
