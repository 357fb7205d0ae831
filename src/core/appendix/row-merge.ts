/**
 * The cells of one refreshed row. Staff columns keep exactly what they held. Plan-derived columns
 * take the plan's text when what they held is only a form of it (see plan-forms.ts); otherwise
 * nothing is overwritten silently: TT and criterion cells keep their words, and the words of a
 * content cell move to the layout's carry column (after what it held) while the cell shows the
 * plan. Rows the plan no longer has keep everything, lose only a TT number, and get the orphan note.
 */
import { cellText, isBlank, joinContents, type CellContent } from "./cell-content";
import type { ColumnMapping } from "./column-mapping";
import type { Wording } from "./criterion-text";
import type { OldData } from "./existing-rows";
import type { AppendixLayout } from "./layouts";
import type { MergeStats } from "./merge-stats";
import { withOrphanNote, withoutOrphanNote } from "./orphan-note";
import type { ActionEntry } from "./plan-entries";
import { contentIsPlanForm, criterionIsPlanForm, numberIsPlanForm } from "./plan-forms";
import type { TableColumn } from "./table-columns";
import type { AppendixColumnId, PlanCellConflict } from "./types";

export type RowCells = Map<string, CellContent>;

export interface MergeContext {
  layout: AppendixLayout;
  columns: readonly TableColumn[];
  mapping: ColumnMapping;
  wording: Wording;
  stats: MergeStats;
}

/** Plan columns whose words, when somebody's, stay where they are. */
const KEY_COLUMNS: readonly AppendixColumnId[] = ["number", "criterion"];

function oldContentOf(old: OldData, key: string, mapping: ColumnMapping): CellContent {
  const column = mapping.existingColumnOf(key);
  return column === undefined ? [] : (old.cells.get(column) ?? []);
}

function isPlanForm(
  id: AppendixColumnId,
  oldText: string,
  planText: string,
  entry: ActionEntry,
  wording: Wording
): boolean {
  if (id === "number") return numberIsPlanForm(oldText);
  if (id === "criterion") {
    const planTitles = entry.row.criterionTitleAsWritten ? [entry.row.criterionTitleAsWritten] : [];
    return criterionIsPlanForm(oldText, planText, wording, planTitles);
  }
  return contentIsPlanForm(oldText, planText, entry.contentKeys);
}

function headerOf(context: MergeContext, id: AppendixColumnId): string {
  return context.columns.find((column) => column.id === id)?.header ?? id;
}

function conflict(
  context: MergeContext,
  id: AppendixColumnId,
  text: string,
  planText: string,
  entry: ActionEntry,
  moved: boolean
): PlanCellConflict {
  const header = headerOf(context, id);
  const row = entry.number;
  const carry = headerOf(context, context.layout.carryColumn);
  return {
    kind: "plan-cell-edited",
    column: id,
    text,
    planText,
    resolution: moved ? "moved" : "kept-in-cell",
    ...(moved ? { movedTo: context.layout.carryColumn } : {}),
    rowNumber: row,
    planRow: { tableIndex: entry.row.tableIndex, rowIndex: entry.row.rowIndex },
    message: moved
      ? {
          vi: `Dòng ${row}, cột "${header}" có nội dung khác kế hoạch: đã chuyển nội dung đó sang cột "${carry}" và ghi lại nội dung theo kế hoạch.`,
          en: `Row ${row}, column "${header}" held text other than the plan's: it was moved to the "${carry}" column and the cell now shows the plan.`,
        }
      : {
          vi: `Dòng ${row}, cột "${header}" có nội dung khác kế hoạch: đã giữ nguyên, chưa cập nhật theo kế hoạch.`,
          en: `Row ${row}, column "${header}" held text other than the plan's: it was kept as it was, not updated from the plan.`,
        },
  };
}

function countKept(context: MergeContext, content: CellContent): void {
  if (!isBlank(content)) context.stats.keptCells++;
}

/** A row matched to its plan row. */
export function mergedRow(old: OldData, entry: ActionEntry, context: MergeContext): RowCells {
  const { mapping, stats } = context;
  const cells: RowCells = new Map();
  const carried: CellContent[] = [];
  for (const column of context.columns) {
    const previous = oldContentOf(old, column.key, mapping);
    const planContent = column.id === undefined ? undefined : entry.cells[column.id];
    if (column.source === "staff" || column.id === undefined || planContent === undefined) {
      const kept = column.id === "note" ? withoutOrphanNote(previous) : previous;
      countKept(context, kept);
      cells.set(column.key, kept);
      continue;
    }
    const oldText = cellText(previous);
    const planText = cellText(planContent);
    if (isPlanForm(column.id, oldText, planText, entry, context.wording)) {
      if (oldText !== planText) stats.updatedCells++;
      cells.set(column.key, planContent);
      continue;
    }
    const moves = !KEY_COLUMNS.includes(column.id);
    stats.conflicts.push(conflict(context, column.id, oldText, planText, entry, moves));
    if (moves) {
      carried.push(previous);
      stats.updatedCells++;
      cells.set(column.key, planContent);
    } else {
      cells.set(column.key, previous);
    }
  }
  const carryKey = context.layout.carryColumn;
  for (const content of carried) {
    cells.set(carryKey, joinContents(cells.get(carryKey) ?? [], content));
  }
  return cells;
}

/** A row whose plan row is gone: everything kept, a TT number cleared, the orphan note added. */
export function orphanRow(old: OldData, context: MergeContext): RowCells {
  const cells: RowCells = new Map();
  for (const column of context.columns) {
    const previous = oldContentOf(old, column.key, context.mapping);
    if (column.id === "number" && numberIsPlanForm(cellText(previous))) {
      if (!isBlank(previous)) context.stats.updatedCells++;
      cells.set(column.key, []);
    } else if (column.id === "note") {
      const staffNote = withoutOrphanNote(previous);
      countKept(context, staffNote);
      cells.set(column.key, withOrphanNote(staffNote));
    } else {
      if (column.source === "staff") countKept(context, previous);
      cells.set(column.key, previous);
    }
  }
  context.stats.orphanedRows++;
  return cells;
}

/** A row for a plan row the appendix did not have. */
export function newRow(entry: ActionEntry, context: MergeContext): RowCells {
  const cells: RowCells = new Map();
  for (const column of context.columns) {
    const planContent = column.id === undefined ? undefined : entry.cells[column.id];
    cells.set(column.key, column.source === "plan" && planContent ? planContent : []);
  }
  return cells;
}
