/**
 * The plan's metadata, read from the plan document only: the paragraphs and layout tables before
 * the appendix (the appendix repeats — and often mistypes — the number, date and school).
 */
import type { AnalyzeOptions } from "../../analyze/types";
import type { Block } from "../../model/document";
import type { PlanMetadata } from "../../model/plan";
import { readDatePlace } from "./date-place";
import { decideLevel } from "./level";
import { documentLines, type TextLine } from "./lines";
import { readMonitorAssignment } from "./monitor-assignment";
import { readPlanNumber } from "./plan-number";
import { readSchoolName } from "./school-name";
import { readSigner } from "./signer";
import { findTitleBlock, readSchoolYear } from "./title-block";

export interface PlanLayout {
  /** Positions in `blocks` of the plan tables, in order. */
  planTablePositions: readonly number[];
  /** Positions in `blocks` of tables that are not metadata (plan and appendix tables). */
  contentTablePositions: ReadonlySet<number>;
  /** Position in `blocks` where the plan document ends (the appendix heading), or blocks.length. */
  end: number;
}

function before(lines: readonly TextLine[], position: number | undefined): TextLine[] {
  return position === undefined
    ? [...lines]
    : lines.filter((line) => line.blockPosition < position);
}

function after(lines: readonly TextLine[], position: number | undefined): TextLine[] {
  return position === undefined ? [] : lines.filter((line) => line.blockPosition > position);
}

export function readPlanMetadata(
  blocks: readonly Block[],
  layout: PlanLayout,
  options: AnalyzeOptions
): PlanMetadata {
  const lines = documentLines(blocks, layout.end, layout.contentTablePositions);
  const firstTable = layout.planTablePositions[0];
  const lastTable = layout.planTablePositions[layout.planTablePositions.length - 1];
  const top = before(lines, firstTable);
  const closing = after(lines, lastTable);
  const title = findTitleBlock(top);
  const schoolYear = readSchoolYear(top, title);
  const planNumber = readPlanNumber(top);
  const { date, place } = readDatePlace(top);
  const schoolName = readSchoolName(top, title, lines);
  const signer = readSigner(closing.length > 0 ? closing : lines);
  const monitorAssignment = readMonitorAssignment(lines);
  const levelDecision = decideLevel(lines.map((line) => line.text).join("\n"), schoolName, options);
  return {
    level: levelDecision.level,
    levelSource: levelDecision.levelSource,
    catalogId: levelDecision.catalogId,
    ...(schoolYear ? { schoolYear } : {}),
    ...(planNumber ? { planNumber } : {}),
    ...(date ? { date } : {}),
    ...(place !== undefined ? { place } : {}),
    ...(schoolName !== undefined ? { schoolName } : {}),
    ...(signer ? { signer } : {}),
    ...(monitorAssignment ? { monitorAssignment } : {}),
  };
}
