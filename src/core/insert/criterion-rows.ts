/**
 * Rows for chosen criteria in an existing plan, as edits: each criterion's row under its standard,
 * in code order, laid out and numbered like the table it goes into.
 */
import { groupByStandard } from "./chosen-criteria";
import { compareCriterionCodes } from "./codes";
import { formatModelRowIndex } from "./format-model";
import {
  criterionRowCanBeNumbered,
  criterionRowSpec,
  standardGroupRowSpec,
  type TableContext,
} from "./new-row-specs";
import { comparePlacedRows, placeStandardRows, type PlacedRow } from "./placement";
import { numberNewRows } from "./renumber";
import { tableLayout } from "./table-layout";
import { tableStyle } from "./table-style";
import { tableViews, type TableView } from "./table-view";
import { targetTable } from "./target-table";
import { normalizeCriterionCode } from "../catalog/codes";
import { findCriterion } from "../catalog/lookup";
import { getCatalog } from "../catalog/registry";
import type { Catalog, Criterion } from "../catalog/types";
import type { DocumentEdit } from "../edits/edit";
import type { RowSpec } from "../edits/spec";
import type { DocumentModel } from "../model/document";
import { actionRows, type Plan } from "../model/plan";
import type { PlanTableTemplate } from "../templates/types";
import { planTableTemplateFor } from "../templates/registry";

/**
 * Why a code got no row: it names no criterion of the plan's catalog; the plan already has a row
 * for it (or the code repeats one given earlier); or the plan has no table to put it in.
 */
export type SkipReason = "unknown" | "already-present" | "no-plan-table";

export interface SkippedCode {
  /** As given. */
  code: string;
  reason: SkipReason;
}

export interface CriterionRowsResult {
  /** `insertRows` (one per place) and `setCellText` for moved TT numbers, as one batch. */
  edits: DocumentEdit[];
  /** Codes that got a row, canonical ("2.3"), in catalog order. */
  added: string[];
  /** In the order given. */
  skipped: SkippedCode[];
}

type Decision = SkippedCode | { code: string; criterion: Criterion };

function isSkipped(decision: Decision): decision is SkippedCode {
  return "reason" in decision;
}

function decide(catalog: Catalog, plan: Plan, codes: readonly string[]): Decision[] {
  const present = new Set<string>();
  for (const row of actionRows(plan)) {
    const code = row.criterionCode && normalizeCriterionCode(row.criterionCode);
    if (code) present.add(code);
  }
  return codes.map((code): Decision => {
    const criterion = findCriterion(catalog, code);
    if (!criterion) return { code, reason: "unknown" };
    if (present.has(criterion.code)) return { code, reason: "already-present" };
    present.add(criterion.code);
    return { code, criterion };
  });
}

/** Runs of rows placed after the same row of the same table, in order. */
function batches(placed: readonly PlacedRow[]): PlacedRow[][] {
  const runs: PlacedRow[][] = [];
  for (const row of placed) {
    const run = runs[runs.length - 1];
    const first = run?.[0];
    if (run && first && first.view === row.view && first.afterRowIndex === row.afterRowIndex) {
      run.push(row);
    } else {
      runs.push([row]);
    }
  }
  return runs;
}

function insertRowsEdit(
  run: readonly PlacedRow[],
  contextOf: (view: TableView) => TableContext,
  numbers: ReadonlyMap<PlacedRow, string>
): DocumentEdit | undefined {
  const first = run[0];
  if (!first) return undefined;
  const context = contextOf(first.view);
  const rows = run.map((placedRow): RowSpec => {
    const { row, afterRowIndex } = placedRow;
    const numberText = numbers.get(placedRow);
    return row.kind === "standardGroup"
      ? standardGroupRowSpec(context, row.standard, numberText)
      : criterionRowSpec(context, row.standard, row.criterion, afterRowIndex, numberText);
  });
  const formatLikeRowIndex = formatModelRowIndex(first.view, first.afterRowIndex, run);
  return {
    kind: "insertRows",
    tableIndex: first.view.table.tableIndex,
    afterRowIndex: first.afterRowIndex,
    rows,
    ...(formatLikeRowIndex === undefined ? {} : { formatLikeRowIndex }),
  };
}

function contexts(document: DocumentModel, template: PlanTableTemplate) {
  const known = new Map<TableView, TableContext>();
  return (view: TableView): TableContext => {
    let context = known.get(view);
    if (!context) {
      context = { view, layout: tableLayout(view), style: tableStyle(document, view, template) };
      known.set(view, context);
    }
    return context;
  };
}

/**
 * Rows for `codes` in the plan's tables. Indices in the edits refer to `document` as given (the
 * host applies the batch bottom-up). See target-table.ts and placement.ts for where rows go,
 * renumber.ts for the TT numbers.
 */
export function planCriterionRows(
  document: DocumentModel,
  plan: Plan,
  codes: readonly string[]
): CriterionRowsResult {
  const catalog = getCatalog(plan.metadata.catalogId);
  const decisions = decide(catalog, plan, codes);
  const [firstView, ...otherViews] = tableViews(document, plan);
  if (!firstView) {
    const skipped = decisions.map((decision): SkippedCode =>
      isSkipped(decision) ? decision : { code: decision.code, reason: "no-plan-table" }
    );
    return { edits: [], added: [], skipped };
  }
  const views: [TableView, ...TableView[]] = [firstView, ...otherViews];
  const wanted = decisions.flatMap((decision) => (isSkipped(decision) ? [] : [decision.criterion]));

  const placed = groupByStandard(catalog, wanted)
    .flatMap(({ standard, criteria }) =>
      placeStandardRows(targetTable(views, standard.code), standard, criteria)
    )
    .sort(comparePlacedRows);

  const contextOf = contexts(document, planTableTemplateFor(plan.metadata.catalogId));
  const numberEdits: DocumentEdit[] = [];
  const numbers = new Map<PlacedRow, string>();
  for (const view of views) {
    const inView = placed.filter((row) => row.view === view);
    if (inView.length === 0) continue;
    const context = contextOf(view);
    const numbering = numberNewRows(
      document,
      view,
      inView,
      context.layout.numberCell,
      (row) =>
        row.row.kind === "standardGroup" || criterionRowCanBeNumbered(context, row.afterRowIndex)
    );
    numbering.numbers.forEach((text, row) => numbers.set(row, text));
    numberEdits.push(...numbering.edits);
  }

  const insertEdits = batches(placed).flatMap((run) => {
    const edit = insertRowsEdit(run, contextOf, numbers);
    return edit ? [edit] : [];
  });
  return {
    edits: [...insertEdits, ...numberEdits],
    added: wanted.map((criterion) => criterion.code).sort(compareCriterionCodes),
    skipped: decisions.filter(isSkipped),
  };
}
