import type { PhysicalCell } from "./cell";

/**
 * Groups a row's physical cells into the cells Word shows. A legacy `w:hMerge="restart"` cell
 * and the `w:hMerge="continue"` cells after it are one cell (Word converts them to one cell with
 * a `w:gridSpan` when it opens the file, and its API counts them as one). A "continue" with no
 * merge before it stands alone.
 */
export function groupHorizontalMerges(cells: readonly PhysicalCell[]): PhysicalCell[][] {
  const groups: PhysicalCell[][] = [];
  let open: PhysicalCell[] | undefined;
  for (const cell of cells) {
    if (cell.horizontalMerge === "continue" && open) {
      open.push(cell);
      continue;
    }
    const group = [cell];
    groups.push(group);
    open = cell.horizontalMerge === "none" ? undefined : group;
  }
  return groups;
}
