import type { DocumentContent } from "../document-content";
import { cellParagraphs, collectDeep, isWordElement, rowCells, tableRows } from "../word-elements";
import { paragraphText } from "../word-text";
import type { TreeElement } from "../xml-tree";

/** The text Word reports for a range over `element`. */
export function elementText(content: DocumentContent, element: TreeElement): string {
  if (isWordElement(element, "p")) return paragraphText(element);
  if (isWordElement(element, "tc")) return content.cellValue(element);
  if (isWordElement(element, "tbl")) {
    return tableRows(element)
      .map((row) =>
        rowCells(row)
          .map((cell) => content.cellValue(cell))
          .join("\t")
      )
      .join("\r");
  }
  return collectDeep(element, "p").map(paragraphText).join("\r");
}

/** The paragraphs a range over `element` holds. */
export function elementParagraphs(element: TreeElement): TreeElement[] {
  if (isWordElement(element, "p")) return [element];
  if (isWordElement(element, "tc")) return cellParagraphs(element);
  return collectDeep(element, "p");
}
