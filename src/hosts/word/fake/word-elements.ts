/** WordprocessingML element tests and the structure walks the fake's objects are built on. */
import { WORDPROCESSINGML_NAMESPACES } from "../../../ooxml";
import { ancestors, elementChildren, type TreeElement } from "./xml-tree";

export function isWordElement(element: TreeElement, localName: string): boolean {
  return element.localName === localName && WORDPROCESSINGML_NAMESPACES.has(element.namespaceUri);
}

export function wordChildElement(element: TreeElement, localName: string): TreeElement | undefined {
  return elementChildren(element).find((child) => isWordElement(child, localName));
}

/** The value of an attribute such as `w:val` in a start tag, whatever its prefix. */
export function attributeOf(element: TreeElement, localName: string): string | undefined {
  const match = new RegExp(`\\s(?:[\\w.-]+:)?${localName}="([^"]*)"`).exec(element.startTag);
  return match?.[1];
}

/** The prefix an element is written with ("w" in `<w:tc>`). */
export function prefixOf(element: TreeElement): string {
  const match = /^<([\w.-]+):/.exec(element.startTag);
  return match?.[1] ?? "";
}

/**
 * Elements of kind `wanted` reached from `scope` through wrappers (content controls, custom XML,
 * smart tags) without entering elements of kind `barrier` or text boxes: a table's rows, a
 * row's cells, a cell's own paragraphs.
 */
export function collect(
  scope: TreeElement,
  wanted: string,
  barriers: readonly string[] = []
): TreeElement[] {
  const found: TreeElement[] = [];
  const visit = (element: TreeElement): void => {
    for (const child of elementChildren(element)) {
      if (isWordElement(child, wanted)) found.push(child);
      else if (isWordElement(child, "txbxContent")) continue;
      else if (!barriers.some((barrier) => isWordElement(child, barrier))) visit(child);
    }
  };
  visit(scope);
  return found;
}

/** Every element of a kind below `scope` in document order, entering all but text boxes. */
export function collectDeep(scope: TreeElement, wanted: string): TreeElement[] {
  const found: TreeElement[] = [];
  const visit = (element: TreeElement): void => {
    for (const child of elementChildren(element)) {
      if (isWordElement(child, "txbxContent")) continue;
      if (isWordElement(child, wanted)) found.push(child);
      visit(child);
    }
  };
  visit(scope);
  return found;
}

export function nearestAncestor(element: TreeElement, localName: string): TreeElement | undefined {
  return ancestors(element).find((ancestor) => isWordElement(ancestor, localName));
}

/** 1 for a table in the body, one more for each table it is nested in. */
export function nestingLevel(table: TreeElement): number {
  return 1 + ancestors(table).filter((ancestor) => isWordElement(ancestor, "tbl")).length;
}

export function tableRows(table: TreeElement): TreeElement[] {
  return collect(table, "tr", ["tbl"]);
}

export function rowCells(row: TreeElement): TreeElement[] {
  return collect(row, "tc", ["tbl"]);
}

export function cellParagraphs(cell: TreeElement): TreeElement[] {
  return collect(cell, "p", ["tbl"]);
}

/** `w:vMerge` without a value, or "continue": the cell continues the merge above it. */
export function continuesVerticalMerge(cell: TreeElement): boolean {
  const properties = wordChildElement(cell, "tcPr");
  const merge = properties && wordChildElement(properties, "vMerge");
  if (!merge) return false;
  const value = attributeOf(merge, "val");
  return value === undefined || value === "continue";
}

export function isVerticallyMerged(cell: TreeElement): boolean {
  const properties = wordChildElement(cell, "tcPr");
  return Boolean(properties && wordChildElement(properties, "vMerge"));
}
