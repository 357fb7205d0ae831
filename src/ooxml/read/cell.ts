import type { ParagraphInfo, TableBlock, VerticalMerge } from "../../core/model/document";
import type { XmlElement } from "../xml";
import { forEachBlock } from "./block-content";
import type { ReadContext } from "./context";
import { readParagraph } from "./paragraph";
import { parseWholeNumber } from "./values";
import { propertyValue, wordAttribute, wordChild } from "./word-names";

/** One `w:tc` as written, before legacy horizontal merges are combined. */
export interface PhysicalCell {
  readonly element: XmlElement;
  readonly gridSpan: number;
  readonly verticalMerge: VerticalMerge;
  readonly horizontalMerge: VerticalMerge;
  readonly paragraphs: ParagraphInfo[];
  readonly nestedTables: TableBlock[];
}

/**
 * Reads a `w:tc`: its merge properties and its content. Nested tables are read by
 * `readNestedTable` (the table reader, passed in to keep the modules acyclic); their text stays
 * out of the cell's paragraphs.
 */
export function readPhysicalCell(
  cell: XmlElement,
  context: ReadContext,
  readNestedTable: (table: XmlElement) => TableBlock
): PhysicalCell {
  const properties = wordChild(cell, "tcPr");
  const paragraphs: ParagraphInfo[] = [];
  const nestedTables: TableBlock[] = [];
  forEachBlock(cell, {
    paragraph: (element) => paragraphs.push(readParagraph(element, context)),
    table: (element) => nestedTables.push(readNestedTable(element)),
  });
  return {
    element: cell,
    gridSpan: Math.max(1, parseWholeNumber(propertyValue(properties, "gridSpan")) ?? 1),
    verticalMerge: mergeState(wordChild(properties, "vMerge")),
    horizontalMerge: mergeState(wordChild(properties, "hMerge")),
    paragraphs,
    nestedTables,
  };
}

/** `w:vMerge`/`w:hMerge`: "restart" starts a merge; present without a value (or "continue") continues. */
function mergeState(property: XmlElement | undefined): VerticalMerge {
  if (!property) return "none";
  return wordAttribute(property, "val") === "restart" ? "restart" : "continue";
}
