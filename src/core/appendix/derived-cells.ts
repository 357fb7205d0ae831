/**
 * The cells the plan fills in an appendix row, per layout. The report's "ND kế hoạch được xây dựng
 * đầu năm" holds what to improve and how; the monitoring table splits the target and the result
 * indicator out, and names the owner and the deadline in the content cell so the reviewers see
 * them.
 */
import type { AppendixLayout } from "./layouts";
import type { PlanRowParts } from "./plan-row-parts";
import type { AppendixColumnId } from "./types";
import { contentFromLines, type CellContent } from "./cell-content";
import { normalizeText } from "../text";

export type DerivedCells = Partial<Record<AppendixColumnId, CellContent>>;

function lines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(normalizeText);
}

function labelled(label: string, text: string): string[] {
  const value = normalizeText(text);
  return value === "" ? [] : [`${label}: ${value}`];
}

export function derivedCells(
  layout: AppendixLayout,
  number: string,
  criterion: string,
  parts: PlanRowParts
): DerivedCells {
  const key: DerivedCells = {
    number: contentFromLines([number]),
    criterion: contentFromLines([criterion]),
  };
  if (layout.id === "report") {
    return {
      ...key,
      planned: contentFromLines([
        ...lines(parts.weakness),
        ...lines(parts.target),
        ...lines(parts.action),
      ]),
    };
  }
  return {
    ...key,
    planned: contentFromLines([
      ...lines(parts.weakness),
      ...lines(parts.action),
      ...labelled("Phụ trách", parts.owner),
      ...labelled("Thời gian", parts.deadline),
    ]),
    target: contentFromLines(lines(parts.target)),
    indicator: contentFromLines(lines(parts.indicator)),
  };
}
