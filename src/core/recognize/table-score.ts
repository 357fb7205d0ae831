/**
 * Is a table a plan? Scored on what its header names, never on its content or position.
 *
 * Each role the header names adds its weight once (a role named only by a generic word — "Thời
 * gian", "Nội dung" — adds half): the responsibility columns (owner, deadline) and the action weigh
 * 3, what the plan is about (weakness, target, criterion) and the monitor 2, the rest 1 or ½.
 * A header is a plan header when it names
 *   - an owner or a deadline column, and
 *   - an action, weakness, target or criterion column, and
 *   - scores at least 6 (so "Thời gian · Nội dung · Người thực hiện", a timetable, is not a plan), and
 *   - has a recognised role for at least half of its labelled columns (so a data table that happens
 *     to contain "Thời gian" among ten unrelated headers is not one).
 * A header with appendix-only words ("ND kế hoạch…", "đã triển khai") is the progress-report
 * appendix, and so is one with "Kết quả thực hiện" but no owner or deadline column.
 * A table that is neither but names at least two meaningful roles is a near miss, reported to the
 * user when no plan is found.
 */
import { appendixHeaderKind } from "./header-match";
import type { KnownRole } from "./header-vocabulary";
import type { HeaderCandidate, HeaderColumn } from "./header-reading";

const ROLE_WEIGHTS: Readonly<Record<KnownRole, number>> = {
  owner: 3,
  deadline: 3,
  action: 3,
  weakness: 2,
  target: 2,
  criterion: 2,
  monitor: 2,
  standard: 1,
  reportTime: 1,
  cost: 1,
  support: 1,
  evidence: 1,
  number: 0.5,
  note: 0.5,
  status: 0.5,
};

export const PLAN_MIN_SCORE = 6;
const PLAN_MIN_RECOGNISED_SHARE = 0.5;
const NEAR_MISS_MIN_ROLES = 2;
const CONTENT_ROLES: readonly KnownRole[] = ["action", "weakness", "target", "criterion"];
/** Roles that say nothing about plans on their own. */
const INCIDENTAL_ROLES: readonly KnownRole[] = ["number", "note", "status"];

export interface HeaderAssessment {
  score: number;
  roles: KnownRole[];
  isPlan: boolean;
  isAppendix: boolean;
  isNearMiss: boolean;
  hasResponsibility: boolean;
  hasContentRole: boolean;
}

function roleScores(columns: readonly HeaderColumn[]): Map<KnownRole, number> {
  const scores = new Map<KnownRole, number>();
  for (const column of columns) {
    if (column.role === "unknown") continue;
    const weight = ROLE_WEIGHTS[column.role] * (column.weak ? 0.5 : 1);
    scores.set(column.role, Math.max(weight, scores.get(column.role) ?? 0));
  }
  return scores;
}

function appendixKind(columns: readonly HeaderColumn[]): "marker" | "result" | undefined {
  let found: "marker" | "result" | undefined;
  for (const column of columns) {
    for (const text of column.headerCells) {
      const kind = appendixHeaderKind(text);
      if (kind === "marker") return kind;
      found ??= kind;
    }
  }
  return found;
}

export function assessHeader(candidate: HeaderCandidate): HeaderAssessment {
  const { columns } = candidate;
  const scores = roleScores(columns);
  const roles = [...scores.keys()];
  let score = 0;
  for (const weight of scores.values()) score += weight;
  const labelled = columns.filter((column) => column.headerText.length > 0).length;
  const recognised = columns.filter((column) => column.role !== "unknown").length;
  const hasResponsibility = scores.has("owner") || scores.has("deadline");
  const hasContentRole = CONTENT_ROLES.some((role) => scores.has(role));
  const appendix = appendixKind(columns);
  const isAppendix = appendix === "marker" || (appendix === "result" && !hasResponsibility);
  const isPlan =
    !isAppendix &&
    hasResponsibility &&
    hasContentRole &&
    score >= PLAN_MIN_SCORE &&
    recognised >= labelled * PLAN_MIN_RECOGNISED_SHARE;
  const meaningful = roles.filter((role) => !INCIDENTAL_ROLES.includes(role)).length;
  return {
    score,
    roles,
    isPlan,
    isAppendix,
    isNearMiss: !isPlan && !isAppendix && meaningful >= NEAR_MISS_MIN_ROLES,
    hasResponsibility,
    hasContentRole,
  };
}
