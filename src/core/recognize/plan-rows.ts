/**
 * Reads a plan table's body into plan rows: level groups ("MỨC 1, 2, 3"), standard groups
 * ("1 · Tiêu chuẩn 2: …"), action rows, and empty rows; rows that continue the row above (text
 * split across rows, merged-down key cells) are merged into it.
 *
 * Continuation, decided without looking at letter case (a plan typed in capitals reads the same):
 * a row continues the action row above when it has no number, no owner/deadline/monitor/report time
 * of its own, and no criterion or standard of its own — or, in tables without such key columns,
 * nothing in the first column, or only short fragments that finish unfinished texts above
 * ("Thiết bị, đồ chơi thiếu và xuống" / "cấp").
 */
import type { TableBlock } from "../model/document";
import type {
  ActionRow,
  ColumnRole,
  PlanCell,
  PlanColumn,
  PlanRow,
  PlanTable,
} from "../model/plan";
import { normalizeStandardCode } from "../catalog";
import { foldedStart, hasContent, isNumberLike, visibleLength } from "./cell-text";
import { readCriterion, type CriterionReading } from "./criterion-reading";
import {
  readCriterionLabel,
  readLevelLabel,
  readStandardLabel,
  type CriterionLabel,
} from "./labels";
import { isColumnNumberRow } from "./header-reading";
import { headerKey } from "./header-key";
import { continuedPlanCell, planCellOf } from "./plan-cell";
import { readRow, type RowReading } from "./row-reading";
import type { PlacedCell, RowView } from "./table-view";

/** Carried from row to row and from table to table. */
export interface RowReadingState {
  standardCode?: string;
  criterionAbove?: CriterionReading;
}

interface ActionDraft {
  rowIndex: number;
  rowIndices: number[];
  cells: (PlanCell | undefined)[];
}

const KEY_ROLES: readonly ColumnRole[] = ["number", "standard", "criterion"];
const RESPONSIBILITY_ROLES: readonly ColumnRole[] = ["owner", "deadline", "monitor", "reportTime"];
const UNFINISHED_TEXT_END = /[^.!?;:]\s*$/;
const MAX_FRAGMENT_WORDS = 3;
/** A repeated header names most columns; fewer cells matching header words prove nothing. */
const MIN_REPEATED_HEADER_CELLS = 3;
/** A level label longer than this is a sentence that starts with "Mức 3…", unless it spans columns. */
const MAX_LEVEL_LABEL_LENGTH = 80;

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length;
}

function columnsWithRoles(columns: readonly PlanColumn[], roles: readonly ColumnRole[]): number[] {
  const indices: number[] = [];
  columns.forEach((column, index) => {
    if (roles.includes(column.role)) indices.push(index);
  });
  return indices;
}

class TableRowReader {
  private readonly rows: PlanRow[] = [];
  private draft: ActionDraft | undefined;
  private readonly keyColumns: number[];
  private readonly responsibilityColumns: number[];
  private readonly numberColumns: number[];
  private readonly criterionColumn: number;
  private readonly standardColumn: number;
  private readonly headerKeys: string[];
  /** The row before was a repeated header row. */
  private afterRepeatedHeader = false;

  constructor(
    private readonly tableIndex: number,
    private readonly columns: readonly PlanColumn[],
    private readonly state: RowReadingState,
    private readonly headingStandard: string | undefined
  ) {
    this.keyColumns = columnsWithRoles(columns, KEY_ROLES);
    this.responsibilityColumns = columnsWithRoles(columns, RESPONSIBILITY_ROLES);
    this.numberColumns = columnsWithRoles(columns, ["number"]);
    this.criterionColumn = columns.findIndex((column) => column.role === "criterion");
    this.standardColumn = columns.findIndex((column) => column.role === "standard");
    this.headerKeys = columns.map((column) => headerKey(column.headerText));
  }

  read(view: RowView): void {
    const row = readRow(this.tableIndex, view, this.columns);
    if (row.written.length === 0) return this.readBlankRow(row);
    const repeated = this.repeatsHeader(row, this.afterRepeatedHeader);
    this.afterRepeatedHeader = repeated;
    if (repeated) return;
    if (this.readGroupRow(row)) return;
    if (this.draft && this.continuesDraft(row, this.draft))
      return this.mergeIntoDraft(row, this.draft);
    this.flush();
    this.draft = {
      rowIndex: view.row.rowIndex,
      rowIndices: [view.row.rowIndex],
      cells: [...row.resolved],
    };
  }

  finish(): PlanRow[] {
    this.flush();
    return this.rows;
  }

  /**
   * A header row (or the column-number row) repeated in the body: a converted document repeats it
   * after each page break. Read as a row, it would be an action with "Thời gian" for a deadline.
   */
  private repeatsHeader(row: RowReading, afterHeader: boolean): boolean {
    const written: { index: number; text: string }[] = [];
    row.own.forEach((cell, index) => {
      if (cell) written.push({ index, text: cell.text });
    });
    // Under a repeated header row, its second row (the sub-headers) may have few cells.
    const enough = afterHeader ? 1 : Math.max(MIN_REPEATED_HEADER_CELLS, this.columns.length / 2);
    if (written.length < enough) return false;
    if (isColumnNumberRow(row.view, this.columns.length)) return true;
    return written.every(({ index, text }) => {
      const key = headerKey(text);
      return key.length > 0 && (this.headerKeys[index] ?? "").includes(key);
    });
  }

  private readBlankRow(row: RowReading): void {
    const merged = row.view.cells.some((placed) => placed.cell.verticalMerge === "continue");
    if (this.draft && merged) {
      this.draft.rowIndices.push(row.view.row.rowIndex);
      return;
    }
    this.flush();
    this.pushRow({ kind: "empty", ...this.position(row) });
  }

  private position(row: RowReading): {
    tableIndex: number;
    rowIndex: number;
    rowIndices: number[];
  } {
    const rowIndex = row.view.row.rowIndex;
    return { tableIndex: this.tableIndex, rowIndex, rowIndices: [rowIndex] };
  }

  /** A row whose only text (beside a TT number) is a level or standard label. */
  private readGroupRow(row: RowReading): boolean {
    const numbers = row.written.filter((placed) => isNumberLike(placed.text));
    const labels = row.written.filter((placed) => !numbers.includes(placed));
    const label = labels[0];
    if (!label) return false;
    if (labels.length > 1) return this.readSplitStandardRow(row, numbers, labels);
    const text = label.text;
    const levels = readLevelLabel(text);
    if (levels && (visibleLength(text) <= MAX_LEVEL_LABEL_LENGTH || label.gridSpan > 1)) {
      this.flush();
      this.pushRow({ kind: "levelGroup", ...this.position(row), text: text.trim(), levels });
      this.enterStandard(this.headingStandard);
      return true;
    }
    const standard = readStandardLabel(text);
    if (!standard) return false;
    this.pushStandardGroup(row, numbers, label, standard.code, standard.title);
    return true;
  }

  /**
   * "Tiêu chuẩn 2:" in one cell and its title in the next, spanning the rest of the row: a standard
   * group too. Two cells of a row being typed ("Tiêu chuẩn 3" · "Thư viện chưa đạt") are not.
   */
  private readSplitStandardRow(
    row: RowReading,
    numbers: readonly PlacedCell[],
    labels: readonly PlacedCell[]
  ): boolean {
    const [label, title] = labels;
    if (!label || !title || labels.length > 2 || title.gridSpan < 2) return false;
    if (title.gridColumn !== label.gridColumn + label.gridSpan) return false;
    const standard = readStandardLabel(label.text);
    if (!standard || hasContent(standard.title)) return false;
    // The title's cell is the group's cell: a fix to the title is made there.
    this.pushStandardGroup(row, numbers, title, standard.code, title.text.trim());
    return true;
  }

  private pushStandardGroup(
    row: RowReading,
    numbers: readonly PlacedCell[],
    label: PlacedCell,
    standardCode: string,
    titleAsWritten: string
  ): void {
    this.flush();
    const numberText = numbers[0]?.text.trim();
    this.pushRow({
      kind: "standardGroup",
      ...this.position(row),
      standardCode,
      titleAsWritten,
      ...(numberText ? { numberText } : {}),
      cell: planCellOf(this.tableIndex, label),
    });
    this.enterStandard(standardCode);
  }

  private enterStandard(code: string | undefined): void {
    this.state.standardCode = code;
    this.state.criterionAbove = undefined;
  }

  private continuesDraft(row: RowReading, draft: ActionDraft): boolean {
    const ownIn = (indices: readonly number[]) => indices.some((index) => row.own[index]);
    if (ownIn(this.numberColumns) || ownIn(this.responsibilityColumns)) return false;
    if (this.keyColumns.length > 0) {
      if (ownIn(this.keyColumns)) return false;
      // Key cells merged down from above: the same item goes on. Merely empty key cells do not
      // say so — that is also how a row being typed looks, and it must be checked on its own.
      const rowIndex = row.view.row.rowIndex;
      if (this.keyColumns.some((index) => isFromRowAbove(row.resolved[index], rowIndex)))
        return true;
      return finishesTextAbove(row, draft);
    }
    if (!row.own[0]) return true;
    return finishesTextAbove(row, draft);
  }

  private mergeIntoDraft(row: RowReading, draft: ActionDraft): void {
    draft.rowIndices.push(row.view.row.rowIndex);
    row.own.forEach((cell, index) => {
      if (cell) draft.cells[index] = continuedPlanCell(draft.cells[index], cell);
    });
  }

  /** The standard the row names itself: in a standard column, or instead of a criterion. */
  private ownStandard(
    cells: readonly (PlanCell | undefined)[],
    criterionLabel: CriterionLabel | undefined
  ): string | undefined {
    const standardText = cells[this.standardColumn]?.text;
    if (standardText !== undefined && hasContent(standardText)) {
      const code =
        normalizeStandardCode(standardText) ??
        readStandardLabel(standardText)?.code ??
        standardAbbreviation(standardText);
      if (code !== undefined) return code;
    }
    const criterionText = cells[this.criterionColumn]?.text;
    if (criterionText === undefined || criterionLabel) return undefined;
    return readStandardLabel(criterionText)?.code;
  }

  private flush(): void {
    const draft = this.draft;
    this.draft = undefined;
    if (!draft) return;
    const criterionCell = draft.cells[this.criterionColumn];
    const criterionLabel =
      criterionCell && hasContent(criterionCell.text)
        ? readCriterionLabel(criterionCell.text)
        : undefined;
    const ownStandard = this.ownStandard(draft.cells, criterionLabel);
    if (ownStandard !== undefined && ownStandard !== this.state.standardCode)
      this.enterStandard(ownStandard);
    const standardCode = this.state.standardCode;
    const criterion = readCriterion({
      hasCriterionColumn: this.criterionColumn >= 0,
      criterionCell,
      criterionLabel,
      cells: this.columns.map((column, index) => ({ role: column.role, cell: draft.cells[index] })),
      above: this.state.criterionAbove,
      standardCode,
    });
    if (criterion.source === "code-cell") this.state.criterionAbove = criterion;
    const numberText = this.numberColumns
      .map((index) => draft.cells[index]?.text.trim())
      .find((text) => text !== undefined && hasContent(text));
    const action: ActionRow = {
      kind: "action",
      tableIndex: this.tableIndex,
      rowIndex: draft.rowIndex,
      rowIndices: draft.rowIndices,
      criterionSource: criterion.source,
      cells: this.cellsByRole(draft.cells),
    };
    // Optional fields are left out rather than set to undefined (plans are compared and serialised).
    if (numberText !== undefined) action.numberText = numberText;
    if (standardCode !== undefined) action.standardCode = standardCode;
    if (criterion.code !== undefined) action.criterionCode = criterion.code;
    if (criterion.title !== undefined) action.criterionTitleAsWritten = criterion.title;
    if (criterion.cell) action.criterionCell = criterion.cell;
    this.pushRow(action);
  }

  /** Cells by role; of two columns with one role (TT57's "Mục tiêu" and "Chỉ số kết quả"), the first filled one. */
  private cellsByRole(cells: readonly (PlanCell | undefined)[]): ActionRow["cells"] {
    const byRole: ActionRow["cells"] = {};
    this.columns.forEach((column, index) => {
      const cell = cells[index];
      if (column.role === "unknown" || !cell) return;
      const current = byRole[column.role];
      if (!current || (!hasContent(current.text) && hasContent(cell.text)))
        byRole[column.role] = cell;
    });
    return byRole;
  }

  private pushRow(row: PlanRow): void {
    this.rows.push(row);
  }
}

/** The plan rows of a table's body: every row but those at `headerPositions` (in `table.rows`). */
export function readPlanRows(
  table: TableBlock,
  views: readonly RowView[],
  headerPositions: readonly number[],
  planTable: PlanTable,
  state: RowReadingState
): PlanRow[] {
  const heading = planTable.headingStandard?.code;
  if (heading !== undefined) {
    state.standardCode = heading;
    state.criterionAbove = undefined;
  }
  const reader = new TableRowReader(table.tableIndex, planTable.columns, state, heading);
  const header = new Set(headerPositions);
  for (const view of views) {
    if (!header.has(view.rowPosition)) reader.read(view);
  }
  return reader.finish();
}

// "TC 2", "TC5:" in a standard column: there "TC" abbreviates "tiêu chuẩn", not "tiêu chí".
const STANDARD_ABBREVIATION = /^tc\s*(\d{1,2}|[ivx]{1,4})\s*[.:]?$/;

function standardAbbreviation(text: string): string | undefined {
  const match = STANDARD_ABBREVIATION.exec(foldedStart(text, 12));
  return match ? normalizeStandardCode(match[1] ?? "") : undefined;
}

/** A cell whose text sits in a row above (merged down into this one). */
function isFromRowAbove(cell: PlanCell | undefined, rowIndex: number): boolean {
  return cell !== undefined && cell.location.rowIndex < rowIndex;
}

/** Only short fragments that finish texts cut off in the row above ("… và xuống" / "cấp"). */
function finishesTextAbove(row: RowReading, draft: ActionDraft): boolean {
  return row.own.every((cell, index) => {
    if (!cell) return true;
    const above = draft.cells[index]?.text;
    return (
      above !== undefined &&
      hasContent(above) &&
      UNFINISHED_TEXT_END.test(above) &&
      wordCount(cell.text) <= MAX_FRAGMENT_WORDS
    );
  });
}
