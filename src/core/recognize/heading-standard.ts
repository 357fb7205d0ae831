/**
 * The standard a table belongs to when the plan has one table per standard: named by the paragraph
 * just above it ("1. Tiêu chuẩn 1: …", "2, Tiêu chuẩn 2: …", "Tiêu chuẩn 3. …", bold or not).
 */
import type { Block } from "../model/document";
import type { PlanTable } from "../model/plan";
import { hasContent, visibleLength } from "./cell-text";
import { readStandardLabel } from "./labels";

/** A heading is a line, not a paragraph that happens to start with "Tiêu chuẩn 2". */
const MAX_HEADING_LENGTH = 200;

export function headingStandardAbove(
  blocks: readonly Block[],
  tablePosition: number
): PlanTable["headingStandard"] {
  for (let position = tablePosition - 1; position >= 0; position--) {
    const block = blocks[position];
    if (!block || block.kind !== "paragraph") return undefined;
    const text = typeof block.text === "string" ? block.text : "";
    if (!hasContent(text)) continue;
    if (visibleLength(text) > MAX_HEADING_LENGTH) return undefined;
    const label = readStandardLabel(text);
    return label && { code: label.code, titleAsWritten: label.title, blockIndex: block.blockIndex };
  }
  return undefined;
}
