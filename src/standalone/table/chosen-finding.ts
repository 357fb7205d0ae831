import type { DocumentModel } from "../../core/model/document";
import type { Finding } from "../../core/model/finding";

/**
 * The finding last chosen in the list, with the document it was found in: once an edit changes
 * the document, its row numbers may point elsewhere, so the choice lapses. `at` tells two choices
 * of the same finding apart (each scrolls to the cell again).
 */
export interface ChosenFinding {
  finding: Finding;
  document: DocumentModel | undefined;
  at: number;
}
