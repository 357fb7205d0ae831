/**
 * While staff type in a row, new complaints about that row would flicker at every pause ("no owner"
 * while they are still typing the owner). New findings in the row holding the cursor wait until the
 * cursor leaves it; findings that disappear (fixed) disappear at once.
 */
import type { Finding } from "../../core/model/finding";

export interface RowRef {
  tableIndex: number;
  rowIndex: number;
}

export function findingKey(finding: Finding): string {
  const { location } = finding;
  return [
    finding.ruleId,
    location.tableIndex ?? "",
    location.rowIndex ?? "",
    location.column ?? "",
    location.cell ? `${location.cell.rowIndex}:${location.cell.cellIndex}` : "",
    location.blockIndex ?? "",
  ].join("|");
}

function inRow(finding: Finding, row: RowRef): boolean {
  const { location } = finding;
  if (location.tableIndex !== row.tableIndex) return false;
  return location.rowIndex === row.rowIndex || location.cell?.rowIndex === row.rowIndex;
}

export interface HeldFindings {
  visible: Finding[];
  heldBack: Finding[];
}

export function holdBackCursorRow(
  previouslyVisible: readonly Finding[],
  next: readonly Finding[],
  cursorRow: RowRef | undefined
): HeldFindings {
  if (!cursorRow) return { visible: [...next], heldBack: [] };
  const shownBefore = new Set(previouslyVisible.map(findingKey));
  const visible: Finding[] = [];
  const heldBack: Finding[] = [];
  for (const finding of next) {
    if (inRow(finding, cursorRow) && !shownBefore.has(findingKey(finding))) heldBack.push(finding);
    else visible.push(finding);
  }
  return { visible, heldBack };
}
