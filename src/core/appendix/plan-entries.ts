/**
 * The plan as the appendix lists it, in plan order: level group rows ("MỨC 1, 2, 3"), a group row
 * each time the standard changes (from group rows, or the heading above each table in plans with
 * one table per standard), and one entry per action row, numbered 1, 2, 3… across the plan.
 */
import type { DocumentModel } from "../model/document";
import type { ActionRow, Plan, PlanRow } from "../model/plan";
import { normalizeText } from "../text";
import { cellText } from "./cell-content";
import { criterionText, standardText, type Wording } from "./criterion-text";
import { derivedCells, type DerivedCells } from "./derived-cells";
import type { AppendixLayout } from "./layouts";
import { planRowParts, type PlanRowParts } from "./plan-row-parts";
import { contentKey } from "./text-keys";

export interface LevelEntry {
  kind: "level";
  levels: readonly number[];
  text: string;
}

export interface StandardEntry {
  kind: "standard";
  code: string;
  text: string;
}

export interface ActionEntry {
  kind: "action";
  row: ActionRow;
  number: string;
  criterionCode?: string;
  standardCode?: string;
  cells: DerivedCells;
  /** Keys of the whole plan content and of each part, for matching an old row's content. */
  contentKeys: string[];
}

export type GroupEntry = LevelEntry | StandardEntry;
export type PlanEntry = GroupEntry | ActionEntry;

function contentKeysOf(cells: DerivedCells, parts: PlanRowParts): string[] {
  const texts = [
    cellText(cells.planned ?? []),
    parts.weakness,
    parts.target,
    parts.action,
    parts.indicator,
    `${parts.weakness}\n${parts.action}`,
  ];
  const keys = texts.map(contentKey).filter((key) => key !== "");
  return [...new Set(keys)];
}

function headingTitle(plan: Plan, row: ActionRow): string | undefined {
  const heading = plan.tables.find((table) => table.tableIndex === row.tableIndex)?.headingStandard;
  return heading?.code === row.standardCode ? heading?.titleAsWritten : undefined;
}

class EntryBuilder {
  readonly entries: PlanEntry[] = [];
  private standard: string | undefined;
  private actionCount = 0;

  constructor(
    private readonly document: DocumentModel,
    private readonly plan: Plan,
    private readonly layout: AppendixLayout,
    private readonly wording: Wording
  ) {}

  add(row: PlanRow): void {
    if (row.kind === "levelGroup") {
      this.entries.push({ kind: "level", levels: row.levels, text: normalizeText(row.text) });
      this.standard = undefined;
    } else if (row.kind === "standardGroup") {
      this.enterStandard(row.standardCode, row.titleAsWritten);
    } else if (row.kind === "action") {
      if (row.standardCode !== undefined) {
        this.enterStandard(row.standardCode, headingTitle(this.plan, row));
      }
      this.addAction(row);
    }
  }

  private enterStandard(code: string, titleAsWritten: string | undefined): void {
    if (code === this.standard) return;
    this.standard = code;
    this.entries.push({
      kind: "standard",
      code,
      text: standardText(this.wording, code, titleAsWritten),
    });
  }

  private addAction(row: ActionRow): void {
    this.actionCount++;
    const number = String(this.actionCount);
    const parts = planRowParts(this.document, this.plan, row);
    const cells = derivedCells(this.layout, number, criterionText(this.wording, row), parts);
    this.entries.push({
      kind: "action",
      row,
      number,
      ...(row.criterionCode !== undefined ? { criterionCode: row.criterionCode } : {}),
      ...(row.standardCode !== undefined ? { standardCode: row.standardCode } : {}),
      cells,
      contentKeys: contentKeysOf(cells, parts),
    });
  }
}

export function planEntries(
  document: DocumentModel,
  plan: Plan,
  layout: AppendixLayout,
  wording: Wording
): PlanEntry[] {
  const builder = new EntryBuilder(document, plan, layout, wording);
  for (const row of plan.rows) builder.add(row);
  return builder.entries;
}
