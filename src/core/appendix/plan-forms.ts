/**
 * Is what a plan-derived cell holds only a form of the plan's own text — the same words, an older
 * version of the plan row, a title typed from memory — or words somebody wrote there? Only the
 * former may be overwritten.
 *
 * A form of the plan text: the same key; a part of the plan's text (a hand-made appendix that
 * copied only the weakness); or close to it (similarity ≥ 0.8, the plan row edited since) while
 * missing at most a couple of its words (max 2, or 10 % of them). A criterion or standard label
 * is a form when its code is right and its title is the official one or the plan's, give or take
 * typing ("Khó khăn nhóm trẻ…" for "Khối phòng nhóm trẻ…"), and no longer than it by more than a
 * few characters: a remark added after the title is somebody's.
 */
import { findCriterion, findStandard } from "../catalog";
import { readCriterionLabel, readLevelLabel, readStandardLabel } from "../recognize";
import { comparisonKey, similarity } from "../text";
import type { Wording } from "./criterion-text";
import { contentKey, keyWords, missingWordCount } from "./text-keys";

const CONTENT_MIN_SIMILARITY = 0.8;
const CONTENT_MAX_MISSING_SHARE = 0.1;
const CONTENT_MAX_MISSING_WORDS = 2;
const TITLE_MIN_SIMILARITY = 0.7;
/** Room for a typo's extra letters; a remark is longer. */
const TITLE_MAX_EXTRA_LENGTH = 3;

function isBlankText(text: string): boolean {
  return text.trim() === "";
}

function titleMatches(title: string, candidates: readonly (string | undefined)[]): boolean {
  const key = comparisonKey(title);
  if (key === "") return true;
  return candidates.some((candidate) => {
    if (candidate === undefined) return false;
    const wanted = comparisonKey(candidate);
    if (wanted === "") return false;
    if (key === wanted) return true;
    // A title cut short ("Khối phòng nhóm trẻ, lớp mẫu giáo…").
    if (wanted.startsWith(key) && key.length * 2 >= wanted.length) return true;
    return (
      key.length <= wanted.length + TITLE_MAX_EXTRA_LENGTH &&
      similarity(key, wanted) >= TITLE_MIN_SIMILARITY
    );
  });
}

function singleLine(text: string): boolean {
  return text.split("\n").filter((line) => !isBlankText(line)).length <= 1;
}

/** TT: empty, a number, or a dash. */
export function numberIsPlanForm(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed === "" || /^[([]?\s*\d{1,3}\s*[.)\]]?$/.test(trimmed) || /^[-–—.…]+$/.test(trimmed)
  );
}

/**
 * The criterion cell: a label of a criterion (or, for plans without codes, a standard) whose title
 * is the catalog's or the plan's. `planTitles` are the titles the plan itself wrote for the code.
 */
export function criterionIsPlanForm(
  text: string,
  planText: string,
  wording: Wording,
  planTitles: readonly string[] = []
): boolean {
  if (isBlankText(text) || comparisonKey(text) === comparisonKey(planText)) return true;
  if (!singleLine(text)) return false;
  const criterion = readCriterionLabel(text);
  if (criterion) {
    if (criterion.title === undefined) return true;
    const known = findCriterion(wording.catalog, criterion.code);
    return titleMatches(criterion.title, [
      known?.title,
      ...(known?.alternativeTitles ?? []),
      ...planTitles,
    ]);
  }
  const standard = readStandardLabel(text);
  if (!standard) return false;
  return titleMatches(standard.title, [
    findStandard(wording.catalog, standard.code)?.title,
    ...planTitles,
  ]);
}

/** A content cell (plan content, target, indicator): see the module's comment. */
export function contentIsPlanForm(
  text: string,
  planText: string,
  partKeys: readonly string[] = []
): boolean {
  const key = contentKey(text);
  if (key === "") return true;
  const planKey = contentKey(planText);
  if (key === planKey || planKey.includes(key)) return true;
  if (partKeys.some((part) => part.includes(key))) return true;
  if (similarity(key, planKey) < CONTENT_MIN_SIMILARITY) return false;
  const words = keyWords(key);
  const allowed = Math.max(
    CONTENT_MAX_MISSING_WORDS,
    Math.ceil(words.length * CONTENT_MAX_MISSING_SHARE)
  );
  return missingWordCount(words, keyWords(planKey)) <= allowed;
}

/** A group row: the same level(s), or the same standard with its title, as the plan's group row. */
export function groupIsPlanForm(text: string, planText: string, wording: Wording): boolean {
  if (comparisonKey(text) === comparisonKey(planText)) return true;
  if (!singleLine(text)) return false;
  const levels = readLevelLabel(text);
  if (levels) {
    const planLevels = readLevelLabel(planText);
    const sameLevels =
      planLevels !== undefined &&
      planLevels.length === levels.length &&
      planLevels.every((level, index) => levels[index] === level);
    return (
      sameLevels &&
      comparisonKey(text).length <= comparisonKey(planText).length + TITLE_MAX_EXTRA_LENGTH
    );
  }
  const standard = readStandardLabel(text);
  const planStandard = readStandardLabel(planText);
  if (!standard || !planStandard || standard.code !== planStandard.code) return false;
  return titleMatches(standard.title, [
    findStandard(wording.catalog, standard.code)?.title,
    planStandard.title,
  ]);
}

/** Longest level label that is only a label ("MỨC 4: Không có"), not a sentence. */
const MAX_LEVEL_LABEL_LENGTH = 40;

/**
 * A group row's text is a plan label on its own — a level label, or a standard with its official
 * title — whatever the plan now holds.
 */
export function labelIsPlanForm(text: string, wording: Wording): boolean {
  if (!singleLine(text)) return false;
  if (readLevelLabel(text)) return text.trim().length <= MAX_LEVEL_LABEL_LENGTH;
  const standard = readStandardLabel(text);
  return (
    standard !== undefined &&
    titleMatches(standard.title, [findStandard(wording.catalog, standard.code)?.title])
  );
}
