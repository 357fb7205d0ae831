/**
 * Builds a document model and the Plan recognition would read from it, side by side, so rule
 * tests control both exactly: cell locations in the Plan point at real cells of the document,
 * merged-down cells resolve to the cell above as recognition resolves them, and a shifted row can
 * be written cell by cell.
 */
import { getCatalog, normalizeCriterionCode, type CatalogId } from "../../../../src/core/catalog";
import type {
  Block,
  DocumentModel,
  ParagraphBlock,
  TableBlock,
  TableCell,
  TableRow,
} from "../../../../src/core/model/document";
import type {
  ActionRow,
  ColumnRole,
  CriterionSource,
  Plan,
  PlanCell,
  PlanColumn,
  PlanMetadata,
  PlanRow,
  PlanTable,
} from "../../../../src/core/model/plan";
import type { RuleContext } from "../../../../src/core/rules/types";
import { parseTimeExpression, type TimeExpression } from "../../../../src/core/time";

export interface ActionSpec {
  kind: "action";
  cells: Partial<Record<ColumnRole, string>>;
  /** Overrides what the builder reads from the criterion cell ("Tiêu chí 2.3: …"). */
  criterionCode?: string;
  criterionTitle?: string;
  criterionSource?: CriterionSource;
  /** Overrides the standard carried from the group row or heading above. */
  standardCode?: string;
  /** Cells merged down from the row above (`w:vMerge`): resolved to the cell above, as recognition does. */
  mergedFromAbove?: ColumnRole[];
  /** The row's physical cells as they are in the document, when they do not follow the columns. */
  physical?: string[];
  /** With `physical`: which physical cell recognition read under which column (default: by position). */
  readAs?: Partial<Record<ColumnRole, number>>;
  /** `w:gridAfter` of the row. */
  gridAfter?: number;
}

export interface StandardSpec {
  kind: "standard";
  code: string;
  title: string;
  numberText?: string;
}

export interface LevelSpec {
  kind: "level";
  text: string;
  levels: number[];
}

export type RowSpec = ActionSpec | StandardSpec | LevelSpec;

export interface TableSpec {
  columns: ColumnRole[];
  headers?: string[];
  /** A heading paragraph above the table naming its standard ("2, Tiêu chuẩn 2: …"). */
  heading?: { code: string; title: string };
  rows: RowSpec[];
}

export interface PlanSpec {
  catalogId?: CatalogId;
  /** Start year of the plan's school year; absent: the plan states none. */
  schoolYear?: number;
  planNumber?: { text: string; blank: boolean };
  date?: { day: number; month: number; year: number };
  monitorAssignment?: string;
  /** Tables before the plan's (a header table with the national motto…), shifting table indices. */
  leadingTables?: number;
  tables: TableSpec[];
}

export interface BuiltPlan {
  document: DocumentModel;
  plan: Plan;
  context: RuleContext;
}

export function action(
  cells: Partial<Record<ColumnRole, string>>,
  options: Omit<ActionSpec, "kind" | "cells"> = {}
): ActionSpec {
  return { kind: "action", cells, ...options };
}

export function standardGroup(code: string, title: string, numberText?: string): StandardSpec {
  return { kind: "standard", code, title, ...(numberText === undefined ? {} : { numberText }) };
}

export function levelGroup(text: string, levels: number[] = [1, 2, 3]): LevelSpec {
  return { kind: "level", text, levels };
}

const DEFAULT_HEADERS: Record<ColumnRole, string> = {
  number: "TT",
  standard: "Tiêu chuẩn",
  criterion: "Tiêu chuẩn, tiêu chí",
  weakness: "Nội dung cần cải tiến",
  target: "Kết quả cần đạt",
  action: "Biện pháp thực hiện",
  owner: "Người thực hiện",
  deadline: "Thời gian thực hiện",
  monitor: "Phân công giám sát",
  reportTime: "Thời điểm báo cáo",
  cost: "Kinh phí",
  support: "Điều kiện hỗ trợ khác",
  evidence: "Minh chứng",
  note: "Ghi chú",
  status: "Mức độ",
  unknown: "",
};

export const STANDARD_COLUMNS: ColumnRole[] = [
  "number",
  "criterion",
  "weakness",
  "action",
  "owner",
  "deadline",
  "monitor",
  "reportTime",
];

function tableCell(
  text: string,
  gridColumn: number,
  physicalIndex: number,
  options: Partial<TableCell> = {}
): TableCell {
  return {
    text,
    paragraphs: text.split("\n").map((line) => ({ text: line, bold: false })),
    gridColumn,
    gridSpan: 1,
    verticalMerge: "none",
    physicalIndex,
    nestedTables: [],
    ...options,
  };
}

function tableRow(rowIndex: number, cells: TableCell[], gridAfter = 0): TableRow {
  return { rowIndex, cells, repeatsAsHeader: false, gridBefore: 0, gridAfter };
}

function paragraph(blocks: Block[], text: string): ParagraphBlock {
  const block: ParagraphBlock = { kind: "paragraph", blockIndex: blocks.length, text, bold: false };
  blocks.push(block);
  return block;
}

const CRITERION_TEXT = /^\s*(?:Tiêu chí\s*)?(\d{1,2}\s*[.,]\s*\d{1,2})\s*[:.]?\s*([\s\S]*)$/iu;

interface TableState {
  tableIndex: number;
  columns: PlanColumn[];
  documentRows: TableRow[];
  planRows: PlanRow[];
  standardCode: string | undefined;
  /** The plan cells of the last action row, by role, for cells merged down from it. */
  above: Partial<Record<ColumnRole, PlanCell>>;
}

function planCell(state: TableState, rowIndex: number, cell: TableCell): PlanCell {
  return {
    text: cell.text,
    location: { tableIndex: state.tableIndex, rowIndex, cellIndex: cell.physicalIndex },
    gridColumn: cell.gridColumn,
  };
}

function addLevel(state: TableState, spec: LevelSpec): void {
  const rowIndex = state.documentRows.length;
  const width = state.columns.length;
  state.documentRows.push(tableRow(rowIndex, [tableCell(spec.text, 0, 0, { gridSpan: width })]));
  state.planRows.push({
    kind: "levelGroup",
    tableIndex: state.tableIndex,
    rowIndex,
    rowIndices: [rowIndex],
    text: spec.text,
    levels: spec.levels,
  });
}

function addStandard(state: TableState, spec: StandardSpec): void {
  const rowIndex = state.documentRows.length;
  const width = state.columns.length;
  const label = `Tiêu chuẩn ${spec.code}: ${spec.title}`;
  const cells =
    spec.numberText === undefined
      ? [tableCell(label, 0, 0, { gridSpan: width })]
      : [tableCell(spec.numberText, 0, 0), tableCell(label, 1, 1, { gridSpan: width - 1 })];
  state.documentRows.push(tableRow(rowIndex, cells));
  const titleCell = cells[cells.length - 1] as TableCell;
  state.planRows.push({
    kind: "standardGroup",
    tableIndex: state.tableIndex,
    rowIndex,
    rowIndices: [rowIndex],
    standardCode: spec.code,
    titleAsWritten: spec.title,
    ...(spec.numberText === undefined ? {} : { numberText: spec.numberText }),
    cell: planCell(state, rowIndex, titleCell),
  });
  state.standardCode = spec.code;
}

function physicalCells(state: TableState, spec: ActionSpec): TableCell[] {
  if (spec.physical) return spec.physical.map((text, index) => tableCell(text, index, index));
  return state.columns.map((column, index) => {
    const merged = spec.mergedFromAbove?.includes(column.role) ?? false;
    const text = merged ? "" : (spec.cells[column.role] ?? "");
    return tableCell(text, index, index, merged ? { verticalMerge: "continue" } : {});
  });
}

function readCells(
  state: TableState,
  spec: ActionSpec,
  rowIndex: number,
  cells: TableCell[]
): Partial<Record<ColumnRole, PlanCell>> {
  const read: Partial<Record<ColumnRole, PlanCell>> = {};
  state.columns.forEach((column, index) => {
    const physicalIndex = spec.physical ? (spec.readAs?.[column.role] ?? index) : index;
    const cell = cells[physicalIndex];
    if (spec.physical && spec.readAs && spec.readAs[column.role] === undefined) return;
    if (!cell) return;
    const merged = spec.mergedFromAbove?.includes(column.role) ?? false;
    const above = state.above[column.role];
    read[column.role] = merged && above ? above : planCell(state, rowIndex, cell);
  });
  return read;
}

/** Marks the cells the next row merges down from as `w:vMerge` restart. */
function markRestarts(state: TableState, spec: ActionSpec): void {
  for (const role of spec.mergedFromAbove ?? []) {
    const above = state.above[role];
    if (!above) continue;
    const row = state.documentRows[above.location.rowIndex];
    const cell = row?.cells[above.location.cellIndex];
    if (cell && cell.verticalMerge === "none") cell.verticalMerge = "restart";
  }
}

function criterionOf(spec: ActionSpec, cells: Partial<Record<ColumnRole, PlanCell>>) {
  const cell = cells.criterion;
  const match = cell ? CRITERION_TEXT.exec(cell.text) : null;
  const code = spec.criterionCode ?? (match ? normalizeCriterionCode(match[1] ?? "") : undefined);
  const title = spec.criterionTitle ?? (match ? (match[2] ?? "").trim() : undefined);
  return { cell, code, title };
}

function addAction(state: TableState, spec: ActionSpec): void {
  const rowIndex = state.documentRows.length;
  const cells = physicalCells(state, spec);
  state.documentRows.push(tableRow(rowIndex, cells, spec.gridAfter));
  markRestarts(state, spec);
  const read = readCells(state, spec, rowIndex, cells);
  const criterion = criterionOf(spec, read);
  const standardCode = spec.standardCode ?? state.standardCode;
  const source: CriterionSource =
    spec.criterionSource ??
    (criterion.code !== undefined
      ? criterion.cell
        ? "code-cell"
        : "text"
      : standardCode !== undefined
        ? "standard-only"
        : "none");
  const numberText = read.number?.text.trim();
  const row: ActionRow = {
    kind: "action",
    tableIndex: state.tableIndex,
    rowIndex,
    rowIndices: [rowIndex],
    ...(numberText ? { numberText } : {}),
    ...(standardCode !== undefined ? { standardCode } : {}),
    ...(criterion.code !== undefined ? { criterionCode: criterion.code } : {}),
    ...(criterion.title ? { criterionTitleAsWritten: criterion.title } : {}),
    criterionSource: source,
    ...(criterion.cell && criterion.code !== undefined ? { criterionCell: criterion.cell } : {}),
    cells: read,
  };
  state.planRows.push(row);
  state.above = read;
}

function buildTable(
  blocks: Block[],
  spec: TableSpec,
  tableIndex: number,
  standardCode: string | undefined
): { table: PlanTable; block: TableBlock; rows: PlanRow[]; standardCode: string | undefined } {
  const heading = spec.heading
    ? paragraph(
        blocks,
        `${spec.heading.code}. Tiêu chuẩn ${spec.heading.code}: ${spec.heading.title}`
      )
    : undefined;
  const headers = spec.headers ?? spec.columns.map((role) => DEFAULT_HEADERS[role]);
  const columns: PlanColumn[] = spec.columns.map((role, index) => ({
    role,
    gridColumn: index,
    gridSpan: 1,
    headerText: headers[index] ?? "",
  }));
  const state: TableState = {
    tableIndex,
    columns,
    documentRows: [
      tableRow(
        0,
        headers.map((text, index) => tableCell(text, index, index))
      ),
    ],
    planRows: [],
    standardCode: spec.heading?.code ?? standardCode,
    above: {},
  };
  for (const row of spec.rows) {
    if (row.kind === "level") addLevel(state, row);
    else if (row.kind === "standard") addStandard(state, row);
    else addAction(state, row);
  }
  const block: TableBlock = {
    kind: "table",
    blockIndex: blocks.length,
    tableIndex,
    gridColumnWidths: columns.map(() => 1000),
    rows: state.documentRows,
  };
  blocks.push(block);
  const table: PlanTable = {
    tableIndex,
    blockIndex: block.blockIndex,
    headerRowIndices: [0],
    columns,
    ...(spec.heading && heading
      ? {
          headingStandard: {
            code: spec.heading.code,
            titleAsWritten: spec.heading.title,
            blockIndex: heading.blockIndex,
          },
        }
      : {}),
  };
  return { table, block, rows: state.planRows, standardCode: state.standardCode };
}

function leadingTable(blocks: Block[], tableIndex: number): void {
  blocks.push({
    kind: "table",
    blockIndex: blocks.length,
    tableIndex,
    gridColumnWidths: [1000, 1000],
    rows: [
      tableRow(0, [
        tableCell("TRƯỜNG MẦM NON", 0, 0),
        tableCell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1, 1),
      ]),
    ],
  });
}

export function contextOf(document: DocumentModel, plan: Plan): RuleContext {
  const times = new Map<string, TimeExpression>();
  return {
    document,
    plan,
    catalog: getCatalog(plan.metadata.catalogId),
    timeOf(cell) {
      const text = cell?.text ?? "";
      let time = times.get(text);
      if (!time) {
        time = parseTimeExpression(text);
        times.set(text, time);
      }
      return time;
    },
  };
}

function metadataOf(spec: PlanSpec, blocks: Block[]): PlanMetadata {
  const catalogId = spec.catalogId ?? "tt19-mn";
  const catalog = getCatalog(catalogId);
  const metadata: PlanMetadata = {
    level: catalog.schoolLevels[0] ?? "mn",
    levelSource: "circular",
    catalogId,
  };
  if (spec.planNumber) {
    const block = paragraph(blocks, `Số: ${spec.planNumber.text}`);
    metadata.planNumber = { ...spec.planNumber, blockIndex: block.blockIndex };
  }
  if (spec.date) {
    const { day, month, year } = spec.date;
    const text = `ngày ${day} tháng ${month} năm ${year}`;
    const block = paragraph(blocks, text);
    metadata.date = { ...spec.date, text, blockIndex: block.blockIndex };
  }
  if (spec.schoolYear !== undefined) {
    const text = `Năm học ${spec.schoolYear} - ${spec.schoolYear + 1}`;
    const block = paragraph(blocks, text);
    metadata.schoolYear = {
      startYear: spec.schoolYear,
      endYear: spec.schoolYear + 1,
      text,
      blockIndex: block.blockIndex,
    };
  }
  return metadata;
}

export function buildPlan(spec: PlanSpec): BuiltPlan {
  const blocks: Block[] = [];
  const leading = spec.leadingTables ?? 0;
  for (let index = 0; index < leading; index++) leadingTable(blocks, index);
  const metadata = metadataOf(spec, blocks);
  const tables: PlanTable[] = [];
  const rows: PlanRow[] = [];
  let standardCode: string | undefined;
  spec.tables.forEach((tableSpec, index) => {
    const built = buildTable(blocks, tableSpec, leading + index, standardCode);
    tables.push(built.table);
    rows.push(...built.rows);
    standardCode = built.standardCode;
  });
  if (spec.monitorAssignment !== undefined) {
    const block = paragraph(blocks, spec.monitorAssignment);
    metadata.monitorAssignment = { text: spec.monitorAssignment, blockIndex: block.blockIndex };
  }
  const document: DocumentModel = { blocks };
  const plan: Plan = { metadata, tables, rows };
  return { document, plan, context: contextOf(document, plan) };
}

/** A plan with one table of `columns` (the complete 2018 layout by default) and these rows. */
export function onePlanTable(
  rows: RowSpec[],
  options: Omit<PlanSpec, "tables"> & { columns?: ColumnRole[] } = {}
): BuiltPlan {
  const { columns = STANDARD_COLUMNS, ...rest } = options;
  return buildPlan({ schoolYear: 2025, ...rest, tables: [{ columns, rows }] });
}

/** Cells of a row that every rule is happy with (2025–2026 plan, mầm non, criterion 2.3). */
export const COMPLETE_CELLS: Partial<Record<ColumnRole, string>> = {
  number: "1",
  criterion: "Tiêu chí 2.3: Đối với nhân viên",
  weakness: "Chưa đủ nhân viên theo định mức",
  action: "Tham mưu bổ sung nhân viên; bồi dưỡng nhân viên hiện có",
  owner: "HT",
  deadline: "9/2025 \u2013 5/2026",
  monitor: "Ban TTND",
  reportTime: "12/2025",
};

/** A row of the complete layout with some cells changed (`undefined` empties a cell). */
export function completeRow(
  overrides: Partial<Record<ColumnRole, string | undefined>> = {},
  options: Omit<ActionSpec, "kind" | "cells"> = {}
): ActionSpec {
  const cells: Partial<Record<ColumnRole, string>> = { ...COMPLETE_CELLS };
  for (const [role, text] of Object.entries(overrides) as [ColumnRole, string | undefined][]) {
    if (text === undefined) delete cells[role];
    else cells[role] = text;
  }
  return action(cells, options);
}

/** Location of a cell of the complete layout (`STANDARD_COLUMNS`) in a plan table. */
export function cellAt(tableIndex: number, rowIndex: number, column: ColumnRole) {
  const cellIndex = STANDARD_COLUMNS.indexOf(column);
  return {
    tableIndex,
    rowIndex,
    column,
    cell: { tableIndex, rowIndex, cellIndex },
  };
}
