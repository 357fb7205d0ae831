/**
 * An existing appendix's heading brought in line with the plan on refresh: the plan's number,
 * date, school, document type ("Kế hoạch", not "Báo cáo") and school year are plan-derived, like
 * the plan columns of the table, and a wrong plan number is exactly the slip the appendix is
 * generated to avoid. Each correction replaces only the words that differ, so whatever else staff
 * wrote in the line stays. A "MẪU" (template) word is not removed: the line it starts is often a
 * leftover title above the real one, which only staff can decide to delete.
 */
import type { DocumentEdit } from "../edits/edit";
import type { DocumentModel } from "../model/document";
import { replaceWritten } from "../text";
import { HEADING_FIELD_NAMES } from "./heading-check";
import type { HeadingDiscrepancy } from "./types";

const CORRECTED_FIELDS: ReadonlySet<HeadingDiscrepancy["field"]> = new Set([
  "planNumber",
  "date",
  "schoolName",
  "documentKind",
  "schoolYear",
]);

function correctedMessage(discrepancy: HeadingDiscrepancy): HeadingDiscrepancy["message"] {
  const what = HEADING_FIELD_NAMES[discrepancy.field];
  const { written, expected } = discrepancy;
  return {
    vi: `Đã sửa ${what.vi} trong tiêu đề phụ lục theo kế hoạch: “${written}” → “${expected}”.`,
    en: `Corrected ${what.en} in the appendix heading from the plan: “${written}” → “${expected}”.`,
  };
}

export interface HeadingCorrection {
  edits: DocumentEdit[];
  /** Every discrepancy, those corrected marked and described as such. */
  discrepancies: HeadingDiscrepancy[];
}

export function correctHeading(
  document: DocumentModel,
  discrepancies: readonly HeadingDiscrepancy[]
): HeadingCorrection {
  const newTexts = new Map<number, string>();
  const result = discrepancies.map((discrepancy): HeadingDiscrepancy => {
    const block = document.blocks[discrepancy.blockIndex];
    if (!CORRECTED_FIELDS.has(discrepancy.field) || discrepancy.expected === "") {
      return discrepancy;
    }
    if (block?.kind !== "paragraph") return discrepancy;
    const current = newTexts.get(block.blockIndex) ?? block.text;
    const next = replaceWritten(current, discrepancy.written, discrepancy.expected);
    if (next === undefined) return discrepancy;
    newTexts.set(block.blockIndex, next);
    return { ...discrepancy, corrected: true, message: correctedMessage(discrepancy) };
  });
  const edits: DocumentEdit[] = [...newTexts].map(([blockIndex, text]) => {
    const block = document.blocks[blockIndex];
    const expectedText = block?.kind === "paragraph" ? block.text : "";
    return { kind: "setParagraphText", blockIndex, expectedText, text };
  });
  return { edits, discrepancies: result };
}
