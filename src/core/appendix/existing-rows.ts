/**
 * The body of an existing appendix, read into what a refresh needs: group rows ("MỨC 1, 2, 3",
 * "Tiêu chuẩn 2: …"), data rows with each column's content, and rows of free text across the
 * table that staff wrote. A data row split over two table rows (a page break in the source, or
 * text carried on below) is read as one: the second has no TT and no criterion of its own.
 */
import type { TableCell, TableRow } from "../model/document";
import { readCriterionLabel, readLevelLabel, readStandardLabel } from "../recognize";
import { foldForSearch } from "../text";
import { cellText, contentOfCell, isBlank, joinContents, type CellContent } from "./cell-content";
import type { ExistingAppendix } from "./existing-appendix";
import { hasOrphanNote } from "./orphan-note";
import type { AppendixColumnId } from "./types";

export interface OldGroup {
  kind: "group";
  position: number;
  content: CellContent;
  levels?: readonly number[];
  standardCode?: string;
  standardTitle?: string;
}

export interface OldData {
  kind: "data";
  position: number;
  /** Content by existing column (index in `ExistingAppendix.columns`). */
  cells: Map<number, CellContent>;
  /** Criterion text merged down from a row above (matching only, never written back). */
  inheritedCriterion?: string;
  criterionCode?: string;
  standardCode?: string;
  orphanMarked: boolean;
  /** Columns whose nested tables were flattened into paragraphs. */
  flattened: Set<number>;
}

export interface OldFree {
  kind: "free";
  position: number;
  content: CellContent;
}

export type OldItem = OldGroup | OldData | OldFree;

const NUMBER_LIKE = /^\(?\s*(?:\d{1,3}|[ivx]{1,6})\s*[.):]?\s*$/;

function isNumberLike(text: string): boolean {
  return NUMBER_LIKE.test(foldForSearch(text.trim()).text);
}

interface PlacedContent {
  column: number;
  columnsCovered: number;
  cell: TableCell;
  content: CellContent;
  flattened: boolean;
}

class BodyReader {
  readonly items: OldItem[] = [];
  private readonly numberColumn: number;
  private readonly criterionColumn: number;
  private readonly noteColumn: number;
  private standardCode: string | undefined;
  private lastCriterionText = "";

  constructor(private readonly appendix: ExistingAppendix) {
    this.numberColumn = this.columnWith("number");
    this.criterionColumn = this.columnWith("criterion");
    this.noteColumn = this.columnWith("note");
  }

  private columnWith(id: AppendixColumnId): number {
    return this.appendix.columns.findIndex((column) => column.id === id);
  }

  private columnAt(gridColumn: number): number {
    const { columns } = this.appendix;
    const index = columns.findIndex(
      (column) => column.gridStart <= gridColumn && gridColumn < column.gridEnd
    );
    return index >= 0 ? index : columns.length - 1;
  }

  private placed(row: TableRow): PlacedContent[] {
    return [...row.cells]
      .sort((a, b) => a.gridColumn - b.gridColumn)
      .map((cell) => {
        const end = cell.gridColumn + Math.max(1, cell.gridSpan);
        const covered = this.appendix.columns.filter(
          (column) => column.gridStart < end && cell.gridColumn < column.gridEnd
        ).length;
        const merged = cell.verticalMerge === "continue";
        const { content, flattened } = merged
          ? { content: [], flattened: false }
          : contentOfCell(cell);
        return {
          column: this.columnAt(cell.gridColumn),
          columnsCovered: Math.max(1, covered),
          cell,
          content,
          flattened,
        };
      });
  }

  read(row: TableRow, position: number): void {
    const cells = this.placed(row);
    const written = cells.filter((entry) => !isBlank(entry.content));
    if (written.length === 0) return;
    const numberEntry = written.find(
      (entry) => entry.column === this.numberColumn && isNumberLike(cellText(entry.content))
    );
    const others = written.filter((entry) => entry !== numberEntry);
    // A TT with nothing else is the plan's number on an empty row: no one's words.
    if (others.length === 0) return;
    const only = others.length === 1 ? others[0] : undefined;
    if (only && this.readSingle(only, numberEntry === undefined, position)) return;
    this.readData(cells, position);
  }

  /** A row with one written cell (besides a TT): a group label, or free text across the table. */
  private readSingle(entry: PlacedContent, noNumber: boolean, position: number): boolean {
    const text = cellText(entry.content);
    const spans = entry.columnsCovered >= 2;
    const levels = readLevelLabel(text);
    const standard = levels ? undefined : readStandardLabel(text);
    if ((levels || standard) && (spans || noNumber) && !text.includes("\n")) {
      if (levels) {
        this.standardCode = undefined;
        this.items.push({ kind: "group", position, content: entry.content, levels });
      } else if (standard) {
        this.standardCode = standard.code;
        this.items.push({
          kind: "group",
          position,
          content: entry.content,
          standardCode: standard.code,
          standardTitle: standard.title,
        });
      }
      return true;
    }
    if (!spans) return false;
    this.items.push({ kind: "free", position, content: entry.content });
    return true;
  }

  private readData(cells: readonly PlacedContent[], position: number): void {
    const contents = new Map<number, CellContent>();
    const flattened = new Set<number>();
    let criterionMergedDown = false;
    for (const entry of cells) {
      if (entry.cell.verticalMerge === "continue" && entry.column === this.criterionColumn) {
        criterionMergedDown = true;
      }
      if (entry.flattened) flattened.add(entry.column);
      contents.set(entry.column, joinContents(contents.get(entry.column) ?? [], entry.content));
    }
    const blank = (column: number) => column < 0 || isBlank(contents.get(column) ?? []);
    const orphanMarked = this.noteColumn >= 0 && hasOrphanNote(contents.get(this.noteColumn) ?? []);
    const previous = this.items[this.items.length - 1];
    const continues =
      previous?.kind === "data" &&
      this.criterionColumn >= 0 &&
      blank(this.numberColumn) &&
      blank(this.criterionColumn) &&
      !criterionMergedDown &&
      !orphanMarked;
    if (continues && previous?.kind === "data") {
      for (const [column, content] of contents) {
        previous.cells.set(column, joinContents(previous.cells.get(column) ?? [], content));
        if (flattened.has(column)) previous.flattened.add(column);
      }
      return;
    }
    const ownCriterion = cellText(contents.get(this.criterionColumn) ?? []);
    const criterion = criterionMergedDown ? this.lastCriterionText : ownCriterion;
    if (!criterionMergedDown) this.lastCriterionText = ownCriterion;
    const criterionCode = readCriterionLabel(criterion)?.code;
    const standardCode =
      readStandardLabel(criterion)?.code ?? criterionCode?.split(".")[0] ?? this.standardCode;
    this.items.push({
      kind: "data",
      position,
      cells: contents,
      ...(criterionMergedDown ? { inheritedCriterion: criterion } : {}),
      ...(criterionCode !== undefined ? { criterionCode } : {}),
      ...(standardCode !== undefined ? { standardCode } : {}),
      orphanMarked,
      flattened,
    });
  }
}

/** The existing appendix's body rows, in order (header rows and empty rows left out). */
export function readExistingRows(appendix: ExistingAppendix): OldItem[] {
  const reader = new BodyReader(appendix);
  appendix.table.rows.forEach((row, position) => {
    if (!appendix.headerRowIndices.has(row.rowIndex)) reader.read(row, position);
  });
  return reader.items;
}
