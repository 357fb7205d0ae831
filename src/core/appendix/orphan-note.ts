/**
 * The note on a row whose plan row is gone: staff's words stay, the row says the plan no longer
 * has it. The note is its own first paragraph of "Ghi chú", so it is found, not added twice, and
 * taken away again if the plan row comes back.
 */
import { comparisonKey } from "../text";
import type { CellContent } from "./cell-content";

export const ORPHAN_NOTE = "Không còn trong kế hoạch";

const ORPHAN_KEY = comparisonKey(ORPHAN_NOTE);

export function hasOrphanNote(content: CellContent): boolean {
  const first = content[0];
  return first !== undefined && comparisonKey(first.text) === ORPHAN_KEY;
}

export function withOrphanNote(content: CellContent): CellContent {
  return hasOrphanNote(content) ? content : [{ text: ORPHAN_NOTE, italic: true }, ...content];
}

export function withoutOrphanNote(content: CellContent): CellContent {
  return hasOrphanNote(content) ? content.slice(1) : content;
}
