import type { ParagraphInfo, TableBlock, TableCell, TableRow } from "../../core/model/document";
import type { XmlElement } from "../xml";
import { readPhysicalCell, type PhysicalCell } from "./cell";
import type { ReadContext } from "./context";
import { groupHorizontalMerges } from "./horizontal-merge";
import type { RowSource, SourceRange } from "./source-map";
import { isOn, parseWholeNumber } from "./values";
import { propertyValue, wordChild } from "./word-names";
import { forEachWrapped } from "./wrapped-elements";

export interface RowReading {
  readonly row: TableRow;
  readonly source: RowSource;
}

/** Reads a `w:tr`: cells start after `w:gridBefore` and take consecutive grid columns. */
export function readRow(
  row: XmlElement,
  rowIndex: number,
  context: ReadContext,
  readNestedTable: (table: XmlElement) => TableBlock
): RowReading {
  const properties = wordChild(row, "trPr");
  const gridBefore = Math.max(0, parseWholeNumber(propertyValue(properties, "gridBefore")) ?? 0);
  const gridAfter = Math.max(0, parseWholeNumber(propertyValue(properties, "gridAfter")) ?? 0);
  const header = wordChild(properties, "tblHeader");

  const physicalCells: PhysicalCell[] = [];
  forEachWrapped(row, "tc", (cell) =>
    physicalCells.push(readPhysicalCell(cell, context, readNestedTable))
  );

  const cells: TableCell[] = [];
  const cellSources: SourceRange[] = [];
  let gridColumn = gridBefore;
  for (const group of groupHorizontalMerges(physicalCells)) {
    const cell = combineCells(group, gridColumn, cells.length);
    cells.push(cell);
    cellSources.push({ start: group[0]!.element.start, end: group[group.length - 1]!.element.end });
    gridColumn += cell.gridSpan;
  }

  return {
    row: {
      rowIndex,
      cells,
      repeatsAsHeader: header !== undefined && isOn(header),
      gridBefore,
      gridAfter,
    },
    source: { start: row.start, end: row.end, cells: cellSources },
  };
}

/**
 * One model cell from a horizontal-merge group (usually a single `w:tc`). Its span is the sum
 * of the group's spans; paragraphs of continuing cells are kept only when they hold text, as
 * Word's own merge drops empty cells' content.
 */
function combineCells(
  group: readonly PhysicalCell[],
  gridColumn: number,
  physicalIndex: number
): TableCell {
  const [first, ...rest] = group as [PhysicalCell, ...PhysicalCell[]];
  const paragraphs: ParagraphInfo[] = [...first.paragraphs];
  const nestedTables = [...first.nestedTables];
  let gridSpan = first.gridSpan;
  for (const cell of rest) {
    if (cell.paragraphs.some((paragraph) => paragraph.text !== ""))
      paragraphs.push(...cell.paragraphs);
    nestedTables.push(...cell.nestedTables);
    gridSpan += cell.gridSpan;
  }
  return {
    text: paragraphs.map((paragraph) => paragraph.text).join("\n"),
    paragraphs,
    gridColumn,
    gridSpan,
    verticalMerge: first.verticalMerge,
    physicalIndex,
    nestedTables,
  };
}
