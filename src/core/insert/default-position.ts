/**
 * Where a new plan table goes when the host has no cursor (the .docx host, the standalone page).
 */
import type { InsertPosition } from "../edits/edit";
import type { DocumentModel } from "../model/document";
import type { Plan } from "../model/plan";
import { looseKey } from "../text";

// On the loose key (no diacritics, lower case, no spaces around punctuation):
// "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "3. Nội dung cải tiến chất lượng",
// "III. NỘI DUNG KẾ HOẠCH".
const CONTENT_SECTION_HEADING =
  /^(?:(?:[ivx]+|\d+)[.,):-]*\s*)?noi dung (?:ke hoach|cai tien|can cai tien)(?:\s|$)/;

/** Longer than this, a paragraph is a sentence about the content, not the section's heading. */
const LONGEST_HEADING = 120;

export function isContentSectionHeading(text: string): boolean {
  return text.length <= LONGEST_HEADING && CONTENT_SECTION_HEADING.test(looseKey(text));
}

/**
 * After the plan's last table when it already has tables (so a heading and its table are never
 * split); else after the paragraph that opens the plan's content section ("III. NỘI DUNG KẾ
 * HOẠCH CẢI TIẾN CHẤT LƯỢNG…", "NỘI DUNG CẢI TIẾN…"); else at the end of the document.
 */
export function defaultInsertPosition(document: DocumentModel, plan?: Plan): InsertPosition {
  const lastTable = plan?.tables.reduce<number | undefined>(
    (last, table) => (last === undefined || table.blockIndex > last ? table.blockIndex : last),
    undefined
  );
  if (lastTable !== undefined) return { kind: "afterBlock", blockIndex: lastTable };
  const heading = document.blocks.find(
    (block) => block.kind === "paragraph" && isContentSectionHeading(block.text)
  );
  return heading ? { kind: "afterBlock", blockIndex: heading.blockIndex } : { kind: "end" };
}
