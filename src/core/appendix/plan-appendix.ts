/**
 * The appendix action: from a recognised plan, the edits that add its progress-report appendix at
 * the end of the document — or, when the document already has one, refresh its table from the
 * plan without losing anything staff wrote in it. The plan's own tables are never touched.
 */
import type { AnalyzeResult, AppendixTableRef } from "../analyze/types";
import { getCatalog } from "../catalog";
import type { DocumentEdit } from "../edits/edit";
import type { DocumentModel } from "../model/document";
import type { Plan } from "../model/plan";
import { recognizePlans } from "../recognize";
import { planTableTemplateFor } from "../templates";
import { nextAppendixLabel } from "./appendix-label";
import { assembleRows, type OutputRow } from "./assemble-rows";
import { schoolYearText } from "./attachment-line";
import { mapColumns, type ColumnMapping } from "./column-mapping";
import type { Wording } from "./criterion-text";
import { findExistingAppendix, type ExistingAppendix } from "./existing-appendix";
import { readExistingRows, type OldItem } from "./existing-rows";
import { checkHeading } from "./heading-check";
import { correctHeading } from "./heading-corrections";
import { headingParagraphs } from "./heading";
import { APPENDIX_LAYOUTS, type AppendixLayout } from "./layouts";
import { emptyStats, type MergeStats } from "./merge-stats";
import { refreshNotices } from "./notices";
import { planEntries } from "./plan-entries";
import { signatureParagraphs } from "./signature";
import { tableColumns, type TableColumn } from "./table-columns";
import { tableSaysTheSame } from "./table-equality";
import { appendixTableSpec } from "./table-spec";
import type { AppendixLayoutId, AppendixOptions, AppendixResult } from "./types";

/** The content-control tag around the appendix tables we write. */
export const APPENDIX_MARKER = "kdcl:appendix";

const NO_PLAN_MESSAGE = {
  vi: "Không tìm thấy bảng kế hoạch trong tài liệu nên chưa lập được phụ lục báo cáo kết quả.",
  en: "No plan table was found in the document, so the progress-report appendix cannot be built.",
};

const NO_MAPPING: ColumnMapping = {
  keyOf: () => undefined,
  existingColumnOf: () => undefined,
  extraHeaders: [],
};

function isPlan(value: AnalyzeResult | Plan): value is Plan {
  return "metadata" in value && "rows" in value;
}

function resolve(
  document: DocumentModel,
  analysis: AnalyzeResult | Plan
): { plan: Plan | undefined; appendixTables: readonly AppendixTableRef[] } {
  if (isPlan(analysis)) {
    return { plan: analysis, appendixTables: recognizePlans(document).appendixTables };
  }
  return {
    plan: analysis.plans[0],
    appendixTables: analysis.appendixTables ?? recognizePlans(document).appendixTables,
  };
}

interface Built {
  layout: AppendixLayout;
  columns: TableColumn[];
  rows: OutputRow[];
  stats: MergeStats;
}

function build(
  document: DocumentModel,
  plan: Plan,
  layout: AppendixLayout,
  refreshing?: { items: OldItem[]; mapping: ColumnMapping }
): Built {
  const { catalogId } = plan.metadata;
  const wording: Wording = {
    catalog: getCatalog(catalogId),
    template: planTableTemplateFor(catalogId),
  };
  const mapping = refreshing?.mapping ?? NO_MAPPING;
  const columns = tableColumns(layout, mapping.extraHeaders, schoolYearText(plan.metadata));
  const stats = emptyStats();
  const entries = planEntries(document, plan, layout, wording);
  const rows = assembleRows(entries, refreshing?.items ?? [], {
    layout,
    columns,
    mapping,
    wording,
    stats,
  });
  return { layout, columns, rows, stats };
}

function plannedRowCount(rows: readonly OutputRow[]): number {
  return rows.filter((row) => row.kind === "data" && row.planned).length;
}

function defaultLayout(plan: Plan): AppendixLayoutId {
  return getCatalog(plan.metadata.catalogId).framework === "tt57" ? "monitoring" : "report";
}

function create(
  document: DocumentModel,
  plan: Plan,
  options: AppendixOptions,
  marker: string
): AppendixResult {
  const layout = APPENDIX_LAYOUTS[options.layout ?? defaultLayout(plan)];
  const { columns, rows, stats } = build(document, plan, layout);
  const landscape = options.landscape ?? true;
  const label = nextAppendixLabel(document);
  const table = appendixTableSpec(columns, rows, { marker, sizePt: layout.sizePt });
  const edit: DocumentEdit = {
    kind: "insertFragment",
    fragment: {
      blocks: [
        // A landscape section starts on a new page by itself.
        ...headingParagraphs(label, layout, plan.metadata, !landscape),
        table,
        ...signatureParagraphs(plan.metadata),
      ],
      landscape,
    },
    at: { kind: "end" },
  };
  return {
    edits: [edit],
    outcome: {
      kind: "created",
      layout: layout.id,
      appendixLabel: label,
      rows: plannedRowCount(rows),
      keptCells: 0,
      updatedCells: 0,
      addedRows: stats.addedRows,
      orphanedRows: 0,
      conflicts: [],
    },
  };
}

function refresh(
  document: DocumentModel,
  plan: Plan,
  existing: ExistingAppendix,
  marker: string
): AppendixResult {
  const layout = APPENDIX_LAYOUTS[existing.layout];
  const items = readExistingRows(existing);
  const mapping = mapColumns(existing, layout, items);
  const { columns, rows, stats } = build(document, plan, layout, { items, mapping });
  const table = appendixTableSpec(columns, rows, { marker, sizePt: layout.sizePt });
  const tableChanged = !tableSaysTheSame(existing.table, table);
  const heading = correctHeading(
    document,
    checkHeading(document, existing.table.blockIndex, plan.metadata)
  );
  const edits: DocumentEdit[] = [
    ...heading.edits,
    ...(tableChanged
      ? [{ kind: "replaceTable" as const, tableIndex: existing.table.tableIndex, table }]
      : []),
  ];
  const changed = edits.length > 0;
  return {
    edits,
    outcome: {
      kind: "refreshed",
      layout: layout.id,
      tableIndex: existing.table.tableIndex,
      changed,
      rows: plannedRowCount(rows),
      keptCells: stats.keptCells,
      updatedCells: stats.updatedCells,
      addedRows: stats.addedRows,
      orphanedRows: stats.orphanedRows,
      conflicts: [...stats.conflicts, ...refreshNotices(existing, items, mapping, columns)],
      headingDiscrepancies: heading.discrepancies,
    },
  };
}

/**
 * The edits that add the plan's progress-report appendix, or refresh the existing one, and what
 * they do. `analysis` is `analyze(document)` (or its plan); `document` is the model it was run on,
 * and the edits' indices refer to it.
 *
 * - No appendix yet: heading ("PHỤ LỤC n", title, "(Kèm theo Kế hoạch số …)"), the table (tagged
 *   with the marker) and the signature block, in a landscape section at the end of the document.
 * - An appendix exists (our marker, or a table recognised as one): one `replaceTable` for it, or
 *   no edit at all when it already says everything; its heading is checked against the plan
 *   (`headingDiscrepancies`) and the plan-derived words that differ (number, date, school, document
 *   type, school year) are corrected in place (`setParagraphText`), the rest of each line kept.
 */
export function planAppendix(
  document: DocumentModel,
  analysis: AnalyzeResult | Plan,
  options: AppendixOptions = {}
): AppendixResult {
  const { plan, appendixTables } = resolve(document, analysis);
  if (!plan) return { edits: [], outcome: { kind: "no-plan", message: NO_PLAN_MESSAGE } };
  const marker = options.marker ?? APPENDIX_MARKER;
  const existing = findExistingAppendix(document, appendixTables, marker);
  return existing
    ? refresh(document, plan, existing, marker)
    : create(document, plan, options, marker);
}
