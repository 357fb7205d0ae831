/**
 * Where a plan names a standard with its title: a group row ("1 · Tiêu chuẩn 2: …") or the
 * heading paragraph above a one-standard table ("2, Tiêu chuẩn 2: …"); a title fix goes there.
 */
import type { FindingLocation, SuggestedFix } from "../../model/finding";
import type { PlanCell } from "../../model/plan";
import type { RuleContext } from "../types";
import { cellLocation } from "./location";
import { roleAt, tablesByIndex } from "./plan-tables";
import { officialTitleFix, officialTitleParagraphFix } from "./title-fix";

export interface StandardMention {
  code: string;
  titleAsWritten: string;
  location: FindingLocation;
  /** The cell the title is in; absent for a heading paragraph. */
  cell?: PlanCell;
}

/** The fix writing the official title where the mention has it: its cell or its paragraph. */
export function mentionTitleFix(
  context: RuleContext,
  mention: StandardMention,
  written: string,
  official: string
): SuggestedFix | undefined {
  return mention.cell
    ? officialTitleFix(context, mention.cell, written, official)
    : officialTitleParagraphFix(context, mention.location.blockIndex, written, official);
}

export function standardMentions(context: RuleContext): StandardMention[] {
  const tables = tablesByIndex(context.plan);
  const mentions: StandardMention[] = [];
  for (const table of context.plan.tables) {
    const heading = table.headingStandard;
    if (heading) {
      mentions.push({
        code: heading.code,
        titleAsWritten: heading.titleAsWritten,
        location: { blockIndex: heading.blockIndex },
      });
    }
  }
  for (const row of context.plan.rows) {
    if (row.kind !== "standardGroup") continue;
    const role = roleAt(tables.get(row.tableIndex), row.cell.gridColumn);
    mentions.push({
      code: row.standardCode,
      titleAsWritten: row.titleAsWritten,
      location: cellLocation(row, role, row.cell),
      cell: row.cell,
    });
  }
  return mentions;
}
