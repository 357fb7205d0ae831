/** Building `replaceCellText` and `replaceParagraphText` fixes from the document's current text. */
import type { DocumentModel, CellLocation } from "../../model/document";
import type { SuggestedFix } from "../../model/finding";
import type { LocalizedText } from "../../model/localized";
import { documentCell } from "./document-cells";

/**
 * A fix that rewrites the cell at `location`. `rewrite` receives the cell's exact current text
 * and returns the new text, or undefined when it cannot say (the fix is then left out).
 */
export function replaceCellTextFix(
  document: DocumentModel,
  location: CellLocation | undefined,
  rewrite: (current: string) => string | undefined,
  label: LocalizedText
): SuggestedFix | undefined {
  if (!location) return undefined;
  const cell = documentCell(document, location);
  if (!cell) return undefined;
  const newText = rewrite(cell.text);
  if (newText === undefined || newText === cell.text) return undefined;
  return {
    kind: "replaceCellText",
    cell: { ...location },
    expectedText: cell.text,
    newText,
    label,
  };
}

/**
 * A fix that rewrites body paragraph `blockIndex`, like `replaceCellTextFix` for a cell.
 */
export function replaceParagraphTextFix(
  document: DocumentModel,
  blockIndex: number | undefined,
  rewrite: (current: string) => string | undefined,
  label: LocalizedText
): SuggestedFix | undefined {
  const block = blockIndex === undefined ? undefined : document.blocks[blockIndex];
  if (block?.kind !== "paragraph") return undefined;
  const newText = rewrite(block.text);
  if (newText === undefined || newText === block.text) return undefined;
  return {
    kind: "replaceParagraphText",
    blockIndex: block.blockIndex,
    expectedText: block.text,
    newText,
    label,
  };
}
