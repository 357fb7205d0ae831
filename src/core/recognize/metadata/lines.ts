/**
 * The plan document as lines of text for metadata: its paragraphs and the cells of its layout
 * tables (Số and date often sit in a two-column table at the top, the signature in another at the
 * bottom). Paragraphs are split at line breaks and tabs, which lay out two columns in one paragraph.
 */
import type { Block, ParagraphInfo } from "../../model/document";
import { foldForSearch, normalizeText, type FoldedText } from "../../text";
import { hasContent } from "../cell-text";

export interface TextLine {
  /** The line as written, NFC, with its spaces collapsed. */
  text: string;
  /** Its search fold (lower case, no accents), with the way back to `text`. */
  folded: FoldedText;
  blockIndex: number;
  bold: boolean;
  /** Position of the block in `DocumentModel.blocks`. */
  blockPosition: number;
}

const LINE_SEPARATORS = /[\n\r\t\u2028\u2029]+/;

function pushParagraphLines(
  lines: TextLine[],
  paragraph: ParagraphInfo,
  blockIndex: number,
  blockPosition: number
): void {
  const text = typeof paragraph.text === "string" ? paragraph.text : "";
  for (const piece of text.split(LINE_SEPARATORS)) {
    const line = normalizeText(piece);
    if (!hasContent(line)) continue;
    lines.push({
      text: line,
      folded: foldForSearch(line),
      blockIndex,
      bold: paragraph.bold === true,
      blockPosition,
    });
  }
}

/**
 * Lines of `blocks[0, end)`, leaving out the tables at the positions in `skipTables` (plan and
 * appendix tables: their cells are the plan's content, not its metadata).
 */
export function documentLines(
  blocks: readonly Block[],
  end: number,
  skipTables: ReadonlySet<number>
): TextLine[] {
  const lines: TextLine[] = [];
  for (let position = 0; position < Math.min(end, blocks.length); position++) {
    const block = blocks[position];
    if (!block) continue;
    if (block.kind === "paragraph") {
      pushParagraphLines(lines, block, block.blockIndex, position);
    } else if (block.kind === "table" && !skipTables.has(position)) {
      for (const row of Array.isArray(block.rows) ? block.rows : []) {
        for (const cell of Array.isArray(row.cells) ? row.cells : []) {
          for (const paragraph of Array.isArray(cell.paragraphs) ? cell.paragraphs : []) {
            pushParagraphLines(lines, paragraph, block.blockIndex, position);
          }
        }
      }
    }
  }
  return lines;
}

/** The source text of `line` behind its fold's `[start, end)`. */
export function lineSlice(line: TextLine, start: number, end = line.folded.text.length): string {
  const from = line.folded.origins[start] ?? line.text.length;
  const to = line.folded.origins[end] ?? line.text.length;
  return line.text.slice(from, to);
}
