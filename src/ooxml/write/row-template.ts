import type { TableCell, TableRow } from "../../core/model/document";
import type { TableSource } from "../read/source-map";
import { wordChild } from "../read/word-names";
import type { XmlElement } from "../xml";
import type { EditableDocument } from "./editable-document";
import { textTemplateOf, type TextTemplate } from "./text-template";

export interface CellTemplate {
  readonly cell: TableCell;
  /** `w:tcPr` of the cell (of the first `w:tc`, for a legacy horizontal merge). */
  readonly properties: XmlElement | undefined;
  readonly text: TextTemplate;
}

/** An existing row whose formatting new rows copy. */
export interface RowTemplate {
  readonly row: TableRow;
  /** `w:tblPrEx`: the row's exceptions to the table's properties (often its borders). */
  readonly exceptions: XmlElement | undefined;
  readonly properties: XmlElement | undefined;
  readonly cells: readonly CellTemplate[];
}

export function rowTemplate(
  document: EditableDocument,
  row: TableRow,
  source: TableSource
): RowTemplate {
  const rowSource = source.rows[row.rowIndex]!;
  const element = document.elementAt(rowSource.start);
  const cells = row.cells.map((cell, index) => {
    const cellElement = document.elementAt(rowSource.cells[index]!.start);
    return {
      cell,
      properties: wordChild(cellElement, "tcPr"),
      text: textTemplateOf(cellElement),
    };
  });
  return {
    row,
    exceptions: wordChild(element, "tblPrEx"),
    properties: wordChild(element, "trPr"),
    cells,
  };
}

/** The template cell covering grid column `column`, or else the nearest one before it. */
export function cellTemplateAt(template: RowTemplate, column: number): CellTemplate | undefined {
  let nearest = template.cells[0];
  for (const candidate of template.cells) {
    if (candidate.cell.gridColumn > column) break;
    nearest = candidate;
  }
  return nearest;
}
