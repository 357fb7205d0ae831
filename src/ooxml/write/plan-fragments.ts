import type { FragmentSpec } from "../../core/edits/spec";
import type { InsertPosition } from "../../core/edits/edit";
import { composeInsertion, type FragmentToInsert } from "./compose-insertion";
import type { EditableDocument } from "./editable-document";
import { blameEdit } from "./errors";
import { insertionSite, type InsertionSite } from "./insertion-site";
import type { Splice } from "./splices";

export interface FragmentEdit {
  readonly fragment: FragmentSpec;
  readonly at: InsertPosition;
  readonly editIndex: number;
}

/**
 * One splice per insertion site: fragments inserted at the same place are composed together, in
 * the order of their edits, so their sections and separators fit one another.
 */
export function planFragmentInsertions(
  document: EditableDocument,
  edits: readonly FragmentEdit[]
): Splice[] {
  const sites = new Map<string, { site: InsertionSite; fragments: FragmentToInsert[] }>();
  for (const { fragment, at, editIndex } of edits) {
    const site = blameEdit(editIndex, () => insertionSite(document, at));
    const entry = sites.get(site.key) ?? { site, fragments: [] };
    entry.fragments.push({ fragment, editIndex });
    sites.set(site.key, entry);
  }
  const splices: Splice[] = [];
  for (const { site, fragments } of sites.values()) {
    const { markup, replacesFinalSection } = composeInsertion(site, fragments, document.ids);
    if (markup === "") continue;
    const end = replacesFinalSection && site.finalSection ? site.finalSection.end : site.offset;
    splices.push({ start: site.offset, end, markup, editIndex: fragments[0]!.editIndex });
  }
  return splices;
}
