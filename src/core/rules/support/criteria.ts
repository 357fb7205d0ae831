/** Criterion and standard look-ups shared by the criterion rules. */
import { matchCriterionTitle, matchStandardTitle, type TitleMatch } from "../../catalog";
import type { FindingLocation } from "../../model/finding";
import type { ActionRow, Plan, PlanRow, PlanTable } from "../../model/plan";
import type { RuleContext } from "../types";
import { cellLocation } from "./location";
import { roleAt } from "./plan-tables";

/** The criterion cell of a row, with the column it sits in. */
export function criterionLocation(row: ActionRow, table: PlanTable | undefined): FindingLocation {
  const cell = row.criterionCell;
  return cellLocation(
    row,
    cell ? (roleAt(table, cell.gridColumn) ?? "criterion") : undefined,
    cell
  );
}

/** "Thông tư 19/2018/TT-BGDĐT" */
export function circularName(context: RuleContext): { vi: string; en: string } {
  return {
    vi: `Thông tư ${context.catalog.circular}`,
    en: `Circular ${context.catalog.circular}`,
  };
}

// Several rules ask about the same titles in one run; plans repeat criteria over many rows.
const criterionMatches = new WeakMap<RuleContext, Map<string, TitleMatch>>();
const standardMatches = new WeakMap<RuleContext, Map<string, TitleMatch>>();

function cached(
  store: WeakMap<RuleContext, Map<string, TitleMatch>>,
  context: RuleContext,
  key: string,
  compute: () => TitleMatch
): TitleMatch {
  let matches = store.get(context);
  if (!matches) {
    matches = new Map();
    store.set(context, matches);
  }
  let match = matches.get(key);
  if (!match) {
    match = compute();
    matches.set(key, match);
  }
  return match;
}

export function criterionTitleMatch(context: RuleContext, code: string, title: string): TitleMatch {
  return cached(criterionMatches, context, `${code}\u0000${title}`, () =>
    matchCriterionTitle(context.catalog, title, code)
  );
}

export function standardTitleMatch(context: RuleContext, code: string, title: string): TitleMatch {
  return cached(standardMatches, context, `${code}\u0000${title}`, () =>
    matchStandardTitle(context.catalog, title, code)
  );
}

const CODE_IN_TEXT = /(?<![\d.,])0*(\d{1,3})\s*[.,]\s*0*(\d{1,3})(?![\d])/g;

/** `text` with the first criterion code equal to `code` ("2.4", "2.04") replaced by `newCode`. */
export function replaceCriterionCode(
  text: string,
  code: string,
  newCode: string
): string | undefined {
  for (const match of text.matchAll(CODE_IN_TEXT)) {
    if (`${Number(match[1])}.${Number(match[2])}` !== code) continue;
    return text.slice(0, match.index) + newCode + text.slice(match.index + match[0].length);
  }
  return undefined;
}

export type RowWithCriterion = ActionRow & { criterionCode: string };

function hasCriterion(row: PlanRow): row is RowWithCriterion {
  return row.kind === "action" && row.criterionCode !== undefined;
}

const rowsWithCriterionCache = new WeakMap<Plan, RowWithCriterion[]>();

/**
 * Action rows that name a criterion code, once per criterion cell: a criterion cell merged down
 * over several action rows is one thing written once, and is reported once.
 */
export function rowsWithCriterion(context: RuleContext): RowWithCriterion[] {
  const cachedRows = rowsWithCriterionCache.get(context.plan);
  if (cachedRows) return cachedRows;
  const seen = new Set<string>();
  const rows: RowWithCriterion[] = [];
  for (const row of context.plan.rows) {
    if (!hasCriterion(row)) continue;
    const cell = row.criterionCell?.location;
    if (cell) {
      const key = `${cell.tableIndex}:${cell.rowIndex}:${cell.cellIndex}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    rows.push(row);
  }
  rowsWithCriterionCache.set(context.plan, rows);
  return rows;
}
