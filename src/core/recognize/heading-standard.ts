/**
 * The standard a table belongs to when the plan has one table per standard: named by the paragraph
 * just above it ("1. Tiêu chuẩn 1: …", "2, Tiêu chuẩn 2: …", "Tiêu chuẩn 3. …", bold or not), or
 * by a bare label with the title on the line under it ("TIÊU CHUẨN 3." / "CƠ SỞ VẬT CHẤT …").
 */
import type { Block } from "../model/document";
import type { PlanTable } from "../model/plan";
import { hasContent, visibleLength } from "./cell-text";
import { readStandardLabel } from "./labels";

/** A heading is a line, not a paragraph that happens to start with "Tiêu chuẩn 2". */
const MAX_HEADING_LENGTH = 200;

interface HeadingLine {
  text: string;
  blockIndex: number;
  position: number;
}

/** The nearest paragraph with content above `from`, if only blank paragraphs lie between. */
function lineAbove(blocks: readonly Block[], from: number): HeadingLine | undefined {
  for (let position = from - 1; position >= 0; position--) {
    const block = blocks[position];
    if (!block || block.kind !== "paragraph") return undefined;
    const text = typeof block.text === "string" ? block.text : "";
    if (!hasContent(text)) continue;
    if (visibleLength(text) > MAX_HEADING_LENGTH) return undefined;
    return { text, blockIndex: block.blockIndex, position };
  }
  return undefined;
}

export function headingStandardAbove(
  blocks: readonly Block[],
  tablePosition: number
): PlanTable["headingStandard"] {
  const line = lineAbove(blocks, tablePosition);
  if (!line) return undefined;
  const label = readStandardLabel(line.text);
  if (label) return { code: label.code, titleAsWritten: label.title, blockIndex: line.blockIndex };
  // The title alone, under a label that has none ("TIÊU CHUẨN 3." over "CƠ SỞ VẬT CHẤT …").
  const above = lineAbove(blocks, line.position);
  const bare = above && readStandardLabel(above.text);
  if (!above || !bare || hasContent(bare.title) || readStandardLabel(line.text)) return undefined;
  return { code: bare.code, titleAsWritten: line.text.trim(), blockIndex: above.blockIndex };
}
