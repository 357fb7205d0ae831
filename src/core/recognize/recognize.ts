/**
 * Recognition: which top-level tables are the plan (and which the progress-report appendix), their
 * columns and rows, and the plan's metadata.
 *
 * All plan tables of a document form one plan — one table for the whole plan, one per standard,
 * or one split in two by a page break. A document holding two independent plans is rare, and
 * telling them apart would need a second title block to anchor each; it is read as one plan.
 */
import type { AnalyzeOptions, AppendixTableRef } from "../analyze/types";
import type { Block, DocumentModel, TableBlock } from "../model/document";
import type { Plan, PlanColumn, PlanRow, PlanTable } from "../model/plan";
import { hasContent } from "./cell-text";
import { headingStandardAbove } from "./heading-standard";
import { readPlanMetadata } from "./metadata";
import { readPlanRows, type RowReadingState } from "./plan-rows";
import { foldedStart } from "./cell-text";
import { readTableKind, type TableReading } from "./table-kind";
import { usedGridWidth, type RowView } from "./table-view";
import type { KnownRole } from "./header-vocabulary";

/** A table whose header names some plan roles but not enough to be a plan. */
export interface NearMissTable {
  tableIndex: number;
  blockIndex: number;
  roles: KnownRole[];
  /** What its header lacks: an owner/deadline column, an action/weakness/target/criterion column, or both. */
  lacks: ("responsibility" | "content")[];
}

export interface Recognition {
  plans: Plan[];
  appendixTables: AppendixTableRef[];
  nearMisses: NearMissTable[];
}

interface ClassifiedTable {
  table: TableBlock;
  position: number;
  reading: TableReading;
}

interface PlanTableReading {
  table: TableBlock;
  position: number;
  views: RowView[];
  headerPositions: number[];
  columns: PlanColumn[];
}

const APPENDIX_HEADING = /^phu\s*luc\b/;
/** A table split by a page break keeps its grid; a continuation needs enough columns to tell. */
const MIN_CONTINUATION_COLUMNS = 3;

function blocksOf(document: DocumentModel): Block[] {
  return document && Array.isArray(document.blocks) ? document.blocks : [];
}

function isTopLevelTable(block: Block | undefined): block is TableBlock {
  // `typeof` first: a model built by hand (or by a faulty host) may hold nulls among its blocks.
  return (
    typeof block === "object" && block !== null && block.kind === "table" && block.tableIndex >= 0
  );
}

function onlyBlankParagraphsBetween(blocks: readonly Block[], from: number, to: number): boolean {
  for (let position = from + 1; position < to; position++) {
    const block = blocks[position];
    if (!block || block.kind !== "paragraph" || hasContent(block.text)) return false;
  }
  return true;
}

/**
 * A table with no header of its own, right after a plan table and as wide: the plan's table split
 * in two (by a page break in a converted document); it reads with the previous table's columns.
 */
function continuesPlanTable(
  blocks: readonly Block[],
  previous: PlanTableReading | undefined,
  candidate: ClassifiedTable
): boolean {
  if (!previous || candidate.reading.kind !== "other") return false;
  if (previous.columns.length < MIN_CONTINUATION_COLUMNS) return false;
  if (!onlyBlankParagraphsBetween(blocks, previous.position, candidate.position)) return false;
  return usedGridWidth(candidate.reading.views) === usedGridWidth(previous.views);
}

function toPlanTable(reading: PlanTableReading, blocks: readonly Block[]): PlanTable {
  const headingStandard = headingStandardAbove(blocks, reading.position);
  return {
    tableIndex: reading.table.tableIndex,
    blockIndex: reading.table.blockIndex,
    headerRowIndices: reading.headerPositions.map(
      (position) => reading.views[position]?.row.rowIndex ?? position
    ),
    columns: reading.columns.map(({ role, gridColumn, gridSpan, headerText }) => ({
      role,
      gridColumn,
      gridSpan,
      headerText,
    })),
    ...(headingStandard ? { headingStandard } : {}),
  };
}

/** The plan document ends at the appendix: its "PHỤ LỤC" heading or its table, after the plan. */
function planEnd(
  blocks: readonly Block[],
  firstPlanTable: number,
  appendixPositions: number[]
): number {
  for (let position = firstPlanTable + 1; position < blocks.length; position++) {
    const block = blocks[position];
    if (block?.kind === "paragraph" && APPENDIX_HEADING.test(foldedStart(block.text ?? "", 24))) {
      return position;
    }
  }
  return appendixPositions.find((position) => position > firstPlanTable) ?? blocks.length;
}

function nearMissOf(classified: ClassifiedTable): NearMissTable | undefined {
  const { reading, table } = classified;
  if (reading.kind !== "other" || !reading.nearMiss) return undefined;
  const { assessment } = reading.nearMiss;
  const lacks: NearMissTable["lacks"] = [];
  if (!assessment.hasResponsibility) lacks.push("responsibility");
  if (!assessment.hasContentRole) lacks.push("content");
  return {
    tableIndex: table.tableIndex,
    blockIndex: table.blockIndex,
    roles: assessment.roles,
    lacks,
  };
}

export function recognizePlans(document: DocumentModel, options: AnalyzeOptions = {}): Recognition {
  const blocks = blocksOf(document);
  const classified: ClassifiedTable[] = [];
  blocks.forEach((block, position) => {
    if (isTopLevelTable(block))
      classified.push({ table: block, position, reading: readTableKind(block) });
  });

  const planReadings: PlanTableReading[] = [];
  const appendixTables: AppendixTableRef[] = [];
  const appendixPositions: number[] = [];
  const nearMisses: NearMissTable[] = [];
  for (const entry of classified) {
    const { reading, table, position } = entry;
    const previous = planReadings[planReadings.length - 1];
    if (reading.kind === "plan") {
      planReadings.push({
        table,
        position,
        views: reading.views,
        headerPositions: reading.header.rowPositions,
        columns: reading.header.columns,
      });
    } else if (reading.kind === "appendix") {
      appendixPositions.push(position);
      appendixTables.push({
        tableIndex: table.tableIndex,
        blockIndex: table.blockIndex,
        headerRowIndices: reading.header.rowPositions.map(
          (row) => reading.views[row]?.row.rowIndex ?? row
        ),
      });
    } else if (previous && continuesPlanTable(blocks, previous, entry)) {
      planReadings.push({
        table,
        position,
        views: reading.views,
        headerPositions: [],
        columns: previous.columns,
      });
    } else {
      const nearMiss = nearMissOf(entry);
      if (nearMiss) nearMisses.push(nearMiss);
    }
  }

  const first = planReadings[0];
  if (!first) return { plans: [], appendixTables, nearMisses };

  const tables: PlanTable[] = [];
  const rows: PlanRow[] = [];
  const state: RowReadingState = {};
  for (const reading of planReadings) {
    const planTable = toPlanTable(reading, blocks);
    tables.push(planTable);
    rows.push(
      ...readPlanRows(reading.table, reading.views, reading.headerPositions, planTable, state)
    );
  }
  const metadata = readPlanMetadata(
    blocks,
    {
      planTablePositions: planReadings.map((reading) => reading.position),
      contentTablePositions: new Set([
        ...planReadings.map((reading) => reading.position),
        ...appendixPositions,
      ]),
      end: planEnd(blocks, first.position, appendixPositions),
    },
    options
  );
  return { plans: [{ metadata, tables, rows }], appendixTables, nearMisses };
}
