/**
 * Plans and their documents built by hand, consistently: each table is a header row over body
 * rows, and the plan model says what recognition would (roles from the given columns, codes from
 * "Tiêu chí 2.3" or a bare "2.3", standards from group rows or the table's heading).
 */
import { normalizeCriterionCode } from "../../../../src/core/catalog";
import type { CatalogId } from "../../../../src/core/catalog";
import type {
  Block,
  DocumentModel,
  TableBlock,
  TableCell,
  TableRow,
  VerticalMerge,
} from "../../../../src/core/model/document";
import type {
  ActionRow,
  ColumnRole,
  Plan,
  PlanCell,
  PlanRow,
  PlanTable,
} from "../../../../src/core/model/plan";

export interface CellInput {
  text: string;
  merge?: Exclude<VerticalMerge, "none">;
  bold?: boolean;
}

export type RowInput =
  | { kind: "level"; text: string; levels: number[] }
  | { kind: "group"; text: string; number?: string }
  | { kind: "action"; cells: (string | CellInput)[] }
  | { kind: "empty" };

export interface TableInput {
  columns: [ColumnRole, string][];
  /** A heading paragraph above the table ("3, Tiêu chuẩn 3: …"): one table per standard. */
  heading?: string;
  rows: RowInput[];
}

export type BlockInput = string | TableInput;

export const level = (text = "MỨC 1, 2, 3", levels = [1, 2, 3]): RowInput => ({
  kind: "level",
  text,
  levels,
});
export const group = (text: string, number?: string): RowInput => ({
  kind: "group",
  text,
  ...(number === undefined ? {} : { number }),
});
export const row = (...cells: (string | CellInput)[]): RowInput => ({ kind: "action", cells });
export const empty = (): RowInput => ({ kind: "empty" });

function cell(
  text: string,
  gridColumn: number,
  physicalIndex: number,
  options: { span?: number; merge?: VerticalMerge; bold?: boolean } = {}
): TableCell {
  return {
    text,
    paragraphs: [{ text, bold: options.bold ?? false }],
    gridColumn,
    gridSpan: options.span ?? 1,
    verticalMerge: options.merge ?? "none",
    physicalIndex,
    nestedTables: [],
  };
}

function tableRow(rowIndex: number, cells: TableCell[]): TableRow {
  return { rowIndex, cells, repeatsAsHeader: rowIndex === 0, gridBefore: 0, gridAfter: 0 };
}

const STANDARD_IN_TEXT = /Tiêu chuẩn\s*(\d+)/i;
const CRITERION_IN_TEXT = /Tiêu chí\s*(\d+\s*\.\s*\d+)/i;

function criterionOf(text: string): Pick<ActionRow, "criterionCode" | "criterionSource"> {
  const bare = normalizeCriterionCode(text);
  if (bare) return { criterionCode: bare, criterionSource: "code-cell" };
  const match = CRITERION_IN_TEXT.exec(text);
  const code = match?.[1] === undefined ? undefined : normalizeCriterionCode(match[1]);
  return code ? { criterionCode: code, criterionSource: "text" } : { criterionSource: "none" };
}

interface Built {
  block: TableBlock;
  table: PlanTable;
  rows: PlanRow[];
}

function buildTable(input: TableInput, tableIndex: number, blockIndex: number): Built {
  const width = input.columns.length;
  const roles = input.columns.map(([role]) => role);
  const numberColumn = roles.indexOf("number");
  const criterionColumn = roles.indexOf("criterion");
  const textColumn =
    criterionColumn >= 0
      ? criterionColumn
      : roles.findIndex((role) => role !== "number" && role !== "standard");
  const headingCode = input.heading && STANDARD_IN_TEXT.exec(input.heading)?.[1];
  const rows: TableRow[] = [
    tableRow(
      0,
      input.columns.map(([, header], index) => cell(header, index, index, { bold: true }))
    ),
  ];
  const planRows: PlanRow[] = [];
  let standard = headingCode || undefined;
  input.rows.forEach((rowInput, index) => {
    const rowIndex = index + 1;
    const base = { tableIndex, rowIndex, rowIndices: [rowIndex] };
    if (rowInput.kind === "level") {
      rows.push(tableRow(rowIndex, [cell(rowInput.text, 0, 0, { span: width, bold: true })]));
      planRows.push({ ...base, kind: "levelGroup", text: rowInput.text, levels: rowInput.levels });
    } else if (rowInput.kind === "group") {
      const numbered = numberColumn === 0 && rowInput.number !== undefined;
      const cells = numbered
        ? [
            cell(rowInput.number ?? "", 0, 0, { bold: true }),
            cell(rowInput.text, 1, 1, { span: width - 1, bold: true }),
          ]
        : [cell(rowInput.text, 0, 0, { span: width, bold: true })];
      rows.push(tableRow(rowIndex, cells));
      const titleCell = cells[cells.length - 1] as TableCell;
      standard = STANDARD_IN_TEXT.exec(rowInput.text)?.[1];
      planRows.push({
        ...base,
        kind: "standardGroup",
        standardCode: standard ?? "",
        titleAsWritten: rowInput.text.replace(/^.*?:\s*/, ""),
        ...(numbered ? { numberText: rowInput.number } : {}),
        cell: {
          text: rowInput.text,
          location: { tableIndex, rowIndex, cellIndex: titleCell.physicalIndex },
          gridColumn: titleCell.gridColumn,
        },
      });
    } else if (rowInput.kind === "empty") {
      rows.push(
        tableRow(
          rowIndex,
          roles.map((_role, column) => cell("", column, column))
        )
      );
      planRows.push({ ...base, kind: "empty" });
    } else {
      const inputs = roles.map((_role, column) => {
        const given = rowInput.cells[column] ?? "";
        return typeof given === "string" ? { text: given } : given;
      });
      const cells = inputs.map((given, column) =>
        cell(given.text, column, column, {
          ...(given.merge ? { merge: given.merge } : {}),
          ...(given.bold ? { bold: true } : {}),
        })
      );
      rows.push(tableRow(rowIndex, cells));
      const planCells: Partial<Record<ColumnRole, PlanCell>> = {};
      cells.forEach((documentCell, column) => {
        const role = roles[column] as ColumnRole;
        planCells[role] ??= {
          text: documentCell.text,
          location: { tableIndex, rowIndex, cellIndex: column },
          gridColumn: column,
        };
      });
      const criterionText = textColumn >= 0 ? (inputs[textColumn]?.text ?? "") : "";
      const numberText = numberColumn >= 0 ? inputs[numberColumn]?.text : undefined;
      const criterion = criterionOf(criterionText);
      const criterionCell =
        textColumn >= 0 ? planCells[roles[textColumn] as ColumnRole] : undefined;
      planRows.push({
        ...base,
        kind: "action",
        ...(numberText ? { numberText } : {}),
        ...(standard ? { standardCode: standard } : {}),
        ...criterion,
        ...(criterion.criterionCode && criterionCell ? { criterionCell } : {}),
        cells: planCells,
      });
    }
  });
  const table: PlanTable = {
    tableIndex,
    blockIndex,
    headerRowIndices: [0],
    columns: input.columns.map(([role, headerText], gridColumn) => ({
      role,
      gridColumn,
      gridSpan: 1,
      headerText,
    })),
    ...(headingCode
      ? {
          headingStandard: {
            code: headingCode,
            titleAsWritten: (input.heading ?? "").replace(/^.*?:\s*/, ""),
            blockIndex: blockIndex - 1,
          },
        }
      : {}),
  };
  const block: TableBlock = {
    kind: "table",
    blockIndex,
    tableIndex,
    gridColumnWidths: input.columns.map(() => 1000),
    rows,
  };
  return { block, table, rows: planRows };
}

export interface BuiltPlan {
  document: DocumentModel;
  plan: Plan;
}

/** A document of paragraphs (strings) and plan tables, and the plan recognition would see. */
export function buildPlan(catalogId: CatalogId, blocks: BlockInput[]): BuiltPlan {
  const documentBlocks: Block[] = [];
  const tables: PlanTable[] = [];
  const planRows: PlanRow[] = [];
  const paragraph = (text: string) =>
    documentBlocks.push({
      kind: "paragraph",
      text,
      bold: false,
      blockIndex: documentBlocks.length,
    });
  for (const input of blocks) {
    if (typeof input === "string") {
      paragraph(input);
      continue;
    }
    if (input.heading) paragraph(input.heading);
    const built = buildTable(input, tables.length, documentBlocks.length);
    documentBlocks.push(built.block);
    tables.push(built.table);
    planRows.push(...built.rows);
  }
  const plan: Plan = {
    metadata: { level: "mn", levelSource: "default", catalogId },
    tables,
    rows: planRows,
  };
  return { document: { blocks: documentBlocks }, plan };
}

/** The columns of the 2021 preschool layout (fixture mn-pom-lot-2021). */
export const POM_LOT_COLUMNS: [ColumnRole, string][] = [
  ["number", "TT"],
  ["criterion", "Tiêu chuẩn, tiêu chí"],
  ["weakness", "Kết quả cần đạt (so với hiện trạng)"],
  ["action", "Công việc/giải pháp cần thực hiện"],
  ["owner", "Chủ trì và phối hợp thực hiện"],
  ["deadline", "Thời gian thực hiện và hoàn thành"],
  ["cost", "Dự kiến kinh phí"],
  ["support", "Điều kiện hỗ trợ khác"],
  ["note", "Ghi chú"],
];

/** The primary-school layout of plans.md: code-only criterion column, TT third. */
export const PRIMARY_COLUMNS: [ColumnRole, string][] = [
  ["standard", "Tiêu chuẩn"],
  ["criterion", "Tiêu chí"],
  ["number", "TT"],
  ["weakness", "Nội dung kế hoạch"],
  ["action", "Giải pháp thực hiện"],
  ["owner", "Phân công thực hiện"],
  ["deadline", "Thời gian thực hiện"],
  ["cost", "Kinh phí thực hiện"],
  ["monitor", "Phân công giám sát"],
  ["reportTime", "Thời điểm báo cáo"],
];

/** The 2025 preschool layout (fixture mn-liem-hai-2025): one table per standard, no codes. */
export const LIEM_HAI_COLUMNS: [ColumnRole, string][] = [
  ["weakness", "Nội dung cần cải tiến"],
  ["action", "Biện pháp thực hiện"],
  ["deadline", "Thời gian"],
  ["owner", "Người thực hiện"],
  ["evidence", "Minh chứng"],
];
