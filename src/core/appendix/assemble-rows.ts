/**
 * The body of the refreshed table: the plan's entries in plan order, each action row merged with
 * the old row that belongs to it, and everything else the old table held kept where it was —
 * rows whose plan row is gone, free text across the table, group rows somebody reworded — each
 * placed right after the old row it followed (the nearest one before it that is still there), so
 * re-running puts it in the same place again. Group rows of the plan's own wording that the plan
 * no longer has are dropped.
 */
import type { CellContent } from "./cell-content";
import { cellText } from "./cell-content";
import type { OldData, OldGroup, OldItem } from "./existing-rows";
import type { GroupEntry, PlanEntry } from "./plan-entries";
import { groupIsPlanForm, labelIsPlanForm } from "./plan-forms";
import { matchRows } from "./row-matching";
import { mergedRow, newRow, orphanRow, type MergeContext, type RowCells } from "./row-merge";

export type OutputRow =
  | { kind: "group"; content: CellContent; key: string }
  | { kind: "free"; content: CellContent; key: string }
  | { kind: "data"; cells: RowCells; key: string; planned: boolean };

function groupContent(entry: GroupEntry): CellContent {
  return [{ text: entry.text, bold: true }];
}

function entryKey(entry: PlanEntry, index: number): string {
  if (entry.kind === "action") return `action:${entry.row.tableIndex}:${entry.row.rowIndex}`;
  return entry.kind === "level" ? `level:${index}` : `standard:${entry.code}:${index}`;
}

function sameGroupKind(old: OldGroup, entry: PlanEntry): entry is GroupEntry {
  if (entry.kind === "level") return old.levels !== undefined;
  return entry.kind === "standard" && old.standardCode === entry.code;
}

/** Old group rows to the plan's group rows they are a form of, first come first served. */
function matchGroups(
  items: readonly OldItem[],
  entries: readonly PlanEntry[],
  context: MergeContext
): Map<OldItem, number> {
  const matched = new Map<OldItem, number>();
  const taken = new Set<number>();
  for (const item of items) {
    if (item.kind !== "group") continue;
    const text = cellText(item.content);
    const index = entries.findIndex(
      (entry, position) =>
        !taken.has(position) &&
        sameGroupKind(item, entry) &&
        groupIsPlanForm(text, entry.text, context.wording)
    );
    if (index >= 0) {
      matched.set(item, index);
      taken.add(index);
    }
  }
  return matched;
}

function textOf(old: OldData, key: string, context: MergeContext): string {
  const column = context.mapping.existingColumnOf(key);
  return column === undefined ? "" : cellText(old.cells.get(column) ?? []);
}

function numberOf(old: OldData, context: MergeContext): number | undefined {
  const text = textOf(old, "number", context).trim();
  return /^\d{1,4}$/.test(text) ? Number(text) : undefined;
}

/** Output rows in order, from the plan entries and (when refreshing) the old table's items. */
export function assembleRows(
  entries: readonly PlanEntry[],
  items: readonly OldItem[],
  context: MergeContext
): OutputRow[] {
  const oldData = items.filter((item): item is OldData => item.kind === "data");
  const actionIndices: number[] = [];
  entries.forEach((entry, index) => {
    if (entry.kind === "action") actionIndices.push(index);
  });
  const actions = actionIndices
    .map((index) => entries[index])
    .filter((entry): entry is Extract<PlanEntry, { kind: "action" }> => entry?.kind === "action");
  const dataMatches = matchRows({
    old: oldData,
    oldContent: oldData.map((old) => textOf(old, "planned", context)),
    oldNumbers: oldData.map((old) => numberOf(old, context)),
    actions,
  });
  // Old item → the plan entry (index in `entries`) it is.
  const entryOf = matchGroups(items, entries, context);
  oldData.forEach((old, oldIndex) => {
    const action = dataMatches.get(oldIndex);
    const entryIndex = action === undefined ? undefined : actionIndices[action];
    if (entryIndex !== undefined) entryOf.set(old, entryIndex);
  });
  const oldOfEntry = new Map<number, OldData>();
  for (const [item, index] of entryOf) if (item.kind === "data") oldOfEntry.set(index, item);

  // Unmatched old items, after the entry of the last matched item before them (-1: the top).
  const keptAfter = new Map<number, OutputRow[]>();
  let anchor = -1;
  for (const item of items) {
    const matched = entryOf.get(item);
    if (matched !== undefined) {
      anchor = matched;
      continue;
    }
    // A group row of the plan's own words that the plan no longer has: nobody's words are lost.
    if (item.kind === "group" && labelIsPlanForm(cellText(item.content), context.wording)) continue;
    const list = keptAfter.get(anchor) ?? [];
    list.push(keptRow(item, context));
    keptAfter.set(anchor, list);
  }

  const rows: OutputRow[] = [...(keptAfter.get(-1) ?? [])];
  entries.forEach((entry, index) => {
    const key = entryKey(entry, index);
    if (entry.kind !== "action") {
      rows.push({ kind: "group", content: groupContent(entry), key });
    } else {
      const old = oldOfEntry.get(index);
      if (!old) context.stats.addedRows++;
      const cells = old ? mergedRow(old, entry, context) : newRow(entry, context);
      rows.push({ kind: "data", cells, key, planned: true });
    }
    rows.push(...(keptAfter.get(index) ?? []));
  });
  return rows;
}

function keptRow(item: OldItem, context: MergeContext): OutputRow {
  const key = `kept:${item.position}`;
  if (item.kind === "data") {
    return { kind: "data", cells: orphanRow(item, context), key, planned: false };
  }
  context.stats.keptCells++;
  return { kind: "free", content: item.content, key };
}
