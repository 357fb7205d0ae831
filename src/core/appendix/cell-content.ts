/**
 * What a cell of the appendix holds, paragraph by paragraph. Staff cells are carried from the
 * existing table to the new one in this form, so their text comes out exactly as it went in.
 */
import type { CellSpec, SpecRun } from "../edits/spec";
import type { TableCell } from "../model/document";

export interface CellParagraph {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type CellContent = readonly CellParagraph[];

/** The cell's text as the reader gives it: paragraphs joined with "\n". */
export function cellText(content: CellContent): string {
  return content.map((paragraph) => paragraph.text).join("\n");
}

/** Nothing but spaces: no word of anyone's would be lost by writing over it. */
export function isBlank(content: CellContent): boolean {
  return content.every((paragraph) => paragraph.text.trim() === "");
}

/** One paragraph per line of `text`, lines trimmed, blank lines dropped. */
export function contentFromLines(lines: readonly string[]): CellContent {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((text) => ({ text }));
}

/**
 * A document cell's paragraphs, exactly (bold kept where the whole paragraph was bold); the text of
 * tables nested in it follows as paragraphs, since the new table cannot nest them.
 */
export function contentOfCell(cell: TableCell): { content: CellContent; flattened: boolean } {
  const own: CellParagraph[] = cell.paragraphs.map((paragraph) =>
    paragraph.bold && paragraph.text.trim() !== ""
      ? { text: paragraph.text, bold: true }
      : { text: paragraph.text }
  );
  const nested: CellParagraph[] = [];
  for (const table of cell.nestedTables) {
    for (const row of table.rows) {
      for (const nestedCell of row.cells) {
        nested.push(...contentOfCell(nestedCell).content);
      }
    }
  }
  const written = nested.filter((paragraph) => paragraph.text.trim() !== "");
  // A cell that is only empty paragraphs is an empty cell, whatever their number.
  const content = isBlank(own) ? [] : own;
  return { content: [...content, ...written], flattened: written.length > 0 };
}

/** Two contents joined: `first`'s paragraphs, then `second`'s. */
export function joinContents(first: CellContent, second: CellContent): CellContent {
  if (isBlank(second)) return first;
  if (isBlank(first)) return second;
  return [...first, ...second];
}

function specParagraphs(content: CellContent): SpecRun[][] {
  return content.map((paragraph) => [
    {
      text: paragraph.text,
      ...(paragraph.bold ? { bold: true } : {}),
      ...(paragraph.italic ? { italic: true } : {}),
    },
  ]);
}

export function cellSpecOf(
  content: CellContent,
  options: Omit<CellSpec, "paragraphs"> = {}
): CellSpec {
  return { paragraphs: specParagraphs(content), ...options };
}
