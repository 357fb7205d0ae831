import type { EditableDocument } from "./editable-document";
import { OoxmlWriteError } from "./errors";
import { rangeMarkers } from "./range-markers";
import type { Splice } from "./splices";
import { paragraphTextTemplate, templateParagraphXml } from "./text-template";

/**
 * Replaces the text of body paragraph `blockIndex` with one run formatted like its first run with
 * text; its paragraph properties stay (alignment, spacing, style). Bookmarks and comment ranges
 * in the old text are kept at the start so their pairs stay whole. Refused when the paragraph no
 * longer holds `expectedText`, and for a paragraph that ends a section (its properties carry the
 * section's, which this edit is not about).
 */
export function planParagraphText(
  document: EditableDocument,
  blockIndex: number,
  expectedText: string,
  text: string,
  editIndex: number
): Splice {
  const block = document.model.blocks[blockIndex];
  const range = document.sourceMap.blocks[blockIndex];
  if (!Number.isInteger(blockIndex) || block?.kind !== "paragraph" || !range) {
    throw new OoxmlWriteError("not-found", `block ${blockIndex} is not a paragraph`);
  }
  if (block.text !== expectedText) {
    throw new OoxmlWriteError(
      "stale",
      `the paragraph holds ${JSON.stringify(block.text)}, not ${JSON.stringify(expectedText)}`
    );
  }
  if (document.endsSection(blockIndex)) {
    throw new OoxmlWriteError("not-supported", "the paragraph ends a section");
  }
  const paragraph = document.elementAt(range.start);
  const markers = rangeMarkers(document.source, paragraph, "pPr").join("");
  const markup = templateParagraphXml(
    document.source,
    paragraphTextTemplate(paragraph),
    text === "" ? [] : [{ text }],
    undefined,
    markers
  );
  return { start: paragraph.start, end: paragraph.end, markup, editIndex };
}
