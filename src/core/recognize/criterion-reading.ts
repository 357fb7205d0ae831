/**
 * An action row's criterion: a code in its criterion column ("2.3", or "Tiêu chí 3" under standard
 * 2), else the criterion written above it
 * in that column (a criterion is often written once for several actions), else "Tiêu chí 2.3" in
 * any other cell, else only the standard the row sits under.
 */
import type { ColumnRole, CriterionSource, PlanCell } from "../model/plan";
import { hasContent } from "./cell-text";
import {
  findCriterionMention,
  readCriterionLabel,
  readCriterionNumberLabel,
  readStandardLabel,
  type CriterionLabel,
} from "./labels";

export interface CriterionReading {
  code?: string;
  title?: string;
  source: CriterionSource;
  cell?: PlanCell;
}

/** Where to look for "Tiêu chí 2.3" when the plan has no criterion column, most likely first. */
const MENTION_ROLES: readonly ColumnRole[] = [
  "standard",
  "weakness",
  "target",
  "action",
  "unknown",
  "note",
  "evidence",
];

export interface CriterionInputs {
  /** The table has a criterion column. */
  hasCriterionColumn: boolean;
  /** The row's cell in the (first) criterion column, if the row has one there. */
  criterionCell: PlanCell | undefined;
  /** `readCriterionLabel` of that cell's text, when the caller has already read it. */
  criterionLabel?: CriterionLabel | undefined;
  /** The row's cells with their column roles, in column order. */
  cells: readonly { role: ColumnRole; cell: PlanCell | undefined }[];
  /** The criterion read from the rows above under the same standard, if any. */
  above: CriterionReading | undefined;
  standardCode: string | undefined;
}

function fallback(standardCode: string | undefined): CriterionSource {
  return standardCode === undefined ? "none" : "standard-only";
}

function mentionInCells(cells: CriterionInputs["cells"]): CriterionReading | undefined {
  for (const role of MENTION_ROLES) {
    for (const entry of cells) {
      if (entry.role !== role || !entry.cell) continue;
      const mention = findCriterionMention(entry.cell.text);
      if (mention) return { ...mention, source: "text", cell: entry.cell };
    }
  }
  return undefined;
}

export function readCriterion(inputs: CriterionInputs): CriterionReading {
  const { hasCriterionColumn, criterionCell, above, standardCode } = inputs;
  if (criterionCell && hasContent(criterionCell.text)) {
    const label =
      "criterionLabel" in inputs ? inputs.criterionLabel : readCriterionLabel(criterionCell.text);
    if (label) return { ...label, source: "code-cell", cell: criterionCell };
    const numbered = readCriterionNumberLabel(criterionCell.text, standardCode);
    if (numbered) return { ...numbered, source: "code-cell", cell: criterionCell };
    const mention = mentionInCells(inputs.cells);
    if (mention) return mention;
    // A title without a code ("Đối với nhân viên"): kept for the rules to match against the catalog.
    if (readStandardLabel(criterionCell.text)) return { source: fallback(standardCode) };
    return {
      title: criterionCell.text.trim(),
      source: fallback(standardCode),
      cell: criterionCell,
    };
  }
  if (hasCriterionColumn && above?.code !== undefined) return above;
  return mentionInCells(inputs.cells) ?? { source: fallback(standardCode) };
}
