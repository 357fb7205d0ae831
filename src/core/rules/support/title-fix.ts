/** The fix that writes the official title in place of the title as written. */
import type { SuggestedFix } from "../../model/finding";
import type { PlanCell } from "../../model/plan";
import type { RuleContext } from "../types";
import { replaceWritten } from "../../text";
import { replaceCellTextFix, replaceParagraphTextFix } from "./fix";

export function officialTitleFix(
  context: RuleContext,
  cell: PlanCell | undefined,
  written: string,
  official: string
): SuggestedFix | undefined {
  return replaceCellTextFix(
    context.document,
    cell?.location,
    (current) => replaceWritten(current, written, official),
    { vi: "Ghi đúng tên theo thông tư", en: "Use the official title" }
  );
}

/** The same, for a title written in a heading paragraph rather than a cell. */
export function officialTitleParagraphFix(
  context: RuleContext,
  blockIndex: number | undefined,
  written: string,
  official: string
): SuggestedFix | undefined {
  return replaceParagraphTextFix(
    context.document,
    blockIndex,
    (current) => replaceWritten(current, written, official),
    { vi: "Ghi đúng tên theo thông tư", en: "Use the official title" }
  );
}
