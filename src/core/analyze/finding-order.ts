/**
 * Findings in document order (the order a reviewer reads them), then by severity. Document-wide
 * findings (no location) come first; ties keep a stable, input-independent order by rule id.
 */
import type { DocumentModel } from "../model/document";
import { SEVERITY_ORDER, type Finding } from "../model/finding";

interface Keyed {
  finding: Finding;
  block: number;
  row: number;
  cell: number;
  index: number;
}

function tableBlockIndices(document: DocumentModel): Map<number, number> {
  const indices = new Map<number, number>();
  for (const block of document.blocks) {
    if (block?.kind === "table" && block.tableIndex >= 0)
      indices.set(block.tableIndex, block.blockIndex);
  }
  return indices;
}

function orderNumber(value: number | undefined): number {
  return typeof value === "number" && Number.isFinite(value) ? value : -1;
}

export function sortFindings(findings: readonly Finding[], document: DocumentModel): Finding[] {
  const tables = tableBlockIndices(document);
  const keyed = findings.map((finding, index): Keyed => {
    const location = finding.location ?? {};
    const tableIndex = location.tableIndex ?? location.cell?.tableIndex;
    const block =
      location.blockIndex ?? (tableIndex === undefined ? undefined : tables.get(tableIndex));
    return {
      finding,
      block: orderNumber(block),
      row: orderNumber(location.rowIndex ?? location.cell?.rowIndex),
      cell: orderNumber(location.cell?.cellIndex),
      index,
    };
  });
  keyed.sort(
    (a, b) =>
      a.block - b.block ||
      a.row - b.row ||
      a.cell - b.cell ||
      (SEVERITY_ORDER[a.finding.severity] ?? 9) - (SEVERITY_ORDER[b.finding.severity] ?? 9) ||
      (a.finding.ruleId < b.finding.ruleId ? -1 : a.finding.ruleId > b.finding.ruleId ? 1 : 0) ||
      a.index - b.index
  );
  return keyed.map((entry) => entry.finding);
}
