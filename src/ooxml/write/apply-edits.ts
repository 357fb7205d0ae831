import type { DocumentEdit } from "../../core/edits/edit";
import { readDocumentXml } from "../read/document";
import { EditableDocument } from "./editable-document";
import { blameEdit } from "./errors";
import { planCellText } from "./plan-cell-text";
import { planParagraphText } from "./plan-paragraph-text";
import { planFragmentInsertions, type FragmentEdit } from "./plan-fragments";
import { planTableReplacement } from "./plan-replace-table";
import { planRowInsertion } from "./plan-rows";
import { applySplices, type Splice } from "./splices";
import { declareWordPrefix } from "./word-namespace";

/**
 * Applies a batch of edits to a main document part (word/document.xml) and returns the new part.
 *
 * Every edit is planned against one reading of `documentXml`, so indices always mean what they
 * meant in the model the edits were planned from, whatever the order of the batch. The result is
 * the original string with the planned ranges spliced: every byte outside them is unchanged.
 * A position of "cursor" means the end (a file has no cursor).
 *
 * Throws `OoxmlWriteError` (with the edit to blame) for an index that does not exist, a cell
 * whose text changed, a spec that cannot be rendered or edits that collide; the reader's errors
 * for a part that is not a readable document. Nothing is applied when anything is refused.
 */
export function applyEditsToDocumentXml(
  documentXml: string,
  edits: readonly DocumentEdit[]
): string {
  if (edits.length === 0) return documentXml;
  const document = EditableDocument.read(documentXml);
  const splices: Splice[] = [];
  const fragments: FragmentEdit[] = [];
  edits.forEach((edit, editIndex) => {
    blameEdit(editIndex, () => {
      switch (edit.kind) {
        case "insertFragment":
          fragments.push({ fragment: edit.fragment, at: edit.at, editIndex });
          break;
        case "insertRows": {
          const splice = planRowInsertion(document, edit, editIndex);
          if (splice) splices.push(splice);
          break;
        }
        case "replaceTable":
          splices.push(planTableReplacement(document, edit.tableIndex, edit.table, editIndex));
          break;
        case "setCellText":
          splices.push(
            ...planCellText(document, edit.cell, edit.expectedText, edit.text, editIndex)
          );
          break;
        case "setParagraphText":
          splices.push(
            planParagraphText(document, edit.blockIndex, edit.expectedText, edit.text, editIndex)
          );
          break;
      }
    });
  });
  splices.push(...planFragmentInsertions(document, fragments));
  const prefixed = document.needsWordPrefix
    ? splices.map((splice) => ({ ...splice, markup: declareWordPrefix(splice.markup) }))
    : splices;
  const result = applySplices(documentXml, prefixed);
  assertReadsBack(result);
  return result;
}

/** A safety net, not a check of the caller: what we write must read back as a document. */
function assertReadsBack(documentXml: string): void {
  try {
    readDocumentXml(documentXml);
  } catch (error) {
    throw new Error(`internal error: the edited document does not read back (${String(error)})`, {
      cause: error,
    });
  }
}
