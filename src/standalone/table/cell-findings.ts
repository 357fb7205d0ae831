/**
 * Findings placed on the drawn tables: each finding on the cell Word would select for it (its own
 * cell, or the first cell of its row), which may be the top cell of a vertical merge.
 */
import type { DocumentModel } from "../../core/model/document";
import { SEVERITY_ORDER, type Finding, type Severity } from "../../core/model/finding";
import { cellOfFinding } from "../../taskpane/session/plan-session";
import type { DrawnCell, TableGrid } from "./table-grid";

export interface PlacedFinding {
  tableIndex: number;
  cell: DrawnCell;
}

export function placeFinding(
  finding: Finding,
  document: DocumentModel,
  grids: ReadonlyMap<number, TableGrid>
): PlacedFinding | undefined {
  const location = cellOfFinding(finding, document);
  if (!location) return undefined;
  const cell = grids.get(location.tableIndex)?.drawnCellAt(location.rowIndex, location.cellIndex);
  return cell ? { tableIndex: location.tableIndex, cell } : undefined;
}

/** `tableIndex/key` of a drawn cell: unique across the page. */
export function placeKey(tableIndex: number, cellKey: string): string {
  return `${tableIndex}/${cellKey}`;
}

/** Every drawn cell with findings, its findings most severe first. */
export function findingsByCell(
  findings: readonly Finding[],
  document: DocumentModel,
  grids: ReadonlyMap<number, TableGrid>
): Map<string, Finding[]> {
  const byCell = new Map<string, Finding[]>();
  for (const finding of findings) {
    const placed = placeFinding(finding, document, grids);
    if (!placed) continue;
    const key = placeKey(placed.tableIndex, placed.cell.key);
    byCell.set(key, [...(byCell.get(key) ?? []), finding]);
  }
  for (const list of byCell.values()) {
    list.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  }
  return byCell;
}

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  return findings.reduce<Severity | undefined>(
    (worst, finding) =>
      worst === undefined || SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[worst]
        ? finding.severity
        : worst,
    undefined
  );
}
