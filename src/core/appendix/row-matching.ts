/**
 * Which row of the existing appendix belongs to which plan action row: by what the row says, never
 * by where it is.
 *
 * 1. By content: the old row's plan-content cell against the plan row's content (whole, or one of
 *    its parts — a hand-made appendix may have copied only the weakness). A pair counts from a
 *    similarity of 0.6, 0.4 when the criterion agrees, 0.85 when it disagrees (the plan moved the
 *    row to another criterion, words unchanged); the criterion tips the balance between close
 *    candidates. Pairs are taken best first. Ties (rows saying the same) go to the old row whose TT
 *    is the plan row's number — the pairing of the last run, so a re-run repeats it — then to the
 *    rows nearest in relative position.
 * 2. By criterion alone: where exactly one old row and one plan row of a criterion (of a standard,
 *    in plans without codes) are left, they are the same row whose content cell somebody
 *    rewrote — the merge then reports the cell as a conflict. Rows already marked as gone from the
 *    plan are not taken back this way.
 */
import { codePointLength, editDistance } from "../text";
import { cellText } from "./cell-content";
import type { OldData } from "./existing-rows";
import type { ActionEntry } from "./plan-entries";
import { contentKey } from "./text-keys";

const MIN_CONTENT_SIMILARITY = 0.6;
const MIN_CONTENT_SIMILARITY_SAME_CRITERION = 0.4;
const MIN_CONTENT_SIMILARITY_OTHER_CRITERION = 0.85;
const CRITERION_WEIGHT = 0.15;
/**
 * A row already marked as gone from the plan gives way to an unmarked one saying the same: the
 * unmarked one is the row the last run matched, so a re-run matches it again.
 */
const ORPHAN_PENALTY = 0.05;
/** A short old text found whole inside the plan's content counts as nearly the same. */
const CONTAINED_SCORE = 0.95;
const MIN_CONTAINED_LENGTH = 8;

export interface MatchInput {
  old: readonly OldData[];
  /** The old rows' plan-content text, same order as `old`. */
  oldContent: readonly string[];
  /** The old rows' TT, when it is a number. */
  oldNumbers: readonly (number | undefined)[];
  actions: readonly ActionEntry[];
}

/**
 * The best similarity of the old content to the plan row's content keys, or 0 when none reaches
 * `floor` (distances are cut off there: most pairs of a long plan are far apart).
 */
function contentScore(oldKey: string, action: ActionEntry, floor: number): number {
  if (oldKey === "") return 0;
  const oldLength = codePointLength(oldKey);
  let best = 0;
  for (const key of action.contentKeys) {
    if (key.includes(oldKey) && oldKey.length >= MIN_CONTAINED_LENGTH) return CONTAINED_SCORE;
    const longest = Math.max(oldLength, codePointLength(key));
    const limit = Math.floor((1 - Math.max(floor, best)) * longest);
    if (Math.abs(oldLength - codePointLength(key)) > limit) continue;
    const distance = editDistance(oldKey, key, limit);
    if (distance <= limit) best = Math.max(best, 1 - distance / longest);
  }
  return best;
}

/** +1 same criterion, −1 another one; ±0.5 by standard when criteria are not both known. */
function criterionAgreement(old: OldData, action: ActionEntry): number {
  if (old.criterionCode !== undefined && action.criterionCode !== undefined) {
    return old.criterionCode === action.criterionCode ? 1 : -1;
  }
  if (old.standardCode !== undefined && action.standardCode !== undefined) {
    return old.standardCode === action.standardCode ? 0.5 : -0.5;
  }
  return 0;
}

interface Candidate {
  oldIndex: number;
  actionIndex: number;
  score: number;
  numberGap: number;
  distance: number;
}

function minimumContent(agreement: number): number {
  if (agreement < 0) return MIN_CONTENT_SIMILARITY_OTHER_CRITERION;
  if (agreement > 0) return MIN_CONTENT_SIMILARITY_SAME_CRITERION;
  return MIN_CONTENT_SIMILARITY;
}

function relativeDistance(
  oldIndex: number,
  oldCount: number,
  actionIndex: number,
  actionCount: number
): number {
  return Math.abs(oldIndex / Math.max(1, oldCount) - actionIndex / Math.max(1, actionCount));
}

/** The plan entry each old row belongs to (index into `actions`), by old row index. */
export function matchRows(input: MatchInput): Map<number, number> {
  const { old, actions } = input;
  const candidates: Candidate[] = [];
  old.forEach((row, oldIndex) => {
    const key = contentKey(input.oldContent[oldIndex] ?? "");
    actions.forEach((action, actionIndex) => {
      const agreement = criterionAgreement(row, action);
      const minimum = minimumContent(agreement);
      const content = contentScore(key, action, minimum);
      if (content < minimum) return;
      const oldNumber = input.oldNumbers[oldIndex];
      candidates.push({
        oldIndex,
        actionIndex,
        numberGap: oldNumber === undefined ? Infinity : Math.abs(oldNumber - Number(action.number)),
        score: content + CRITERION_WEIGHT * agreement - (row.orphanMarked ? ORPHAN_PENALTY : 0),
        distance: relativeDistance(oldIndex, old.length, actionIndex, actions.length),
      });
    });
  });
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.numberGap - b.numberGap ||
      a.distance - b.distance ||
      a.oldIndex - b.oldIndex ||
      a.actionIndex - b.actionIndex
  );
  const matched = new Map<number, number>();
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (matched.has(candidate.oldIndex) || taken.has(candidate.actionIndex)) continue;
    matched.set(candidate.oldIndex, candidate.actionIndex);
    taken.add(candidate.actionIndex);
  }
  matchLoneRowsByCriterion(input, matched, taken);
  return matched;
}

function groupKey(code: { criterionCode?: string; standardCode?: string }): string | undefined {
  if (code.criterionCode !== undefined) return `criterion:${code.criterionCode}`;
  return code.standardCode === undefined ? undefined : `standard:${code.standardCode}`;
}

function matchLoneRowsByCriterion(
  input: MatchInput,
  matched: Map<number, number>,
  taken: Set<number>
): void {
  const oldByKey = new Map<string, number[]>();
  input.old.forEach((row, index) => {
    const key = groupKey(row);
    if (key === undefined || matched.has(index) || row.orphanMarked) return;
    oldByKey.set(key, [...(oldByKey.get(key) ?? []), index]);
  });
  const actionsByKey = new Map<string, number[]>();
  input.actions.forEach((action, index) => {
    const key = groupKey(action);
    if (key === undefined || taken.has(index)) return;
    actionsByKey.set(key, [...(actionsByKey.get(key) ?? []), index]);
  });
  for (const [key, oldRows] of oldByKey) {
    const planRows = actionsByKey.get(key) ?? [];
    const [oldIndex] = oldRows;
    const [actionIndex] = planRows;
    if (oldRows.length !== 1 || planRows.length !== 1) continue;
    if (oldIndex === undefined || actionIndex === undefined) continue;
    matched.set(oldIndex, actionIndex);
    taken.add(actionIndex);
  }
}

/** The old row's plan-content text: the cells of its plan-derived content columns, joined. */
export function oldContentText(contents: readonly string[]): string {
  return contents.filter((text) => text.trim() !== "").join("\n");
}

export { cellText };
