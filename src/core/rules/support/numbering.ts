/**
 * TT numbering as plans write it: standard group rows ("1 · Tiêu chuẩn 2") and action rows
 * ("1 · Tiêu chí 2.3") count in separate sequences. Action numbers may run on across groups and
 * tables or start again at 1 after a group row or at a new table; group numbers may start again
 * at a new table or after a "MỨC" row. Numbers that are not plain integers or Roman numerals
 * ("1.1", "a") are not judged.
 */
import type { FindingLocation } from "../../model/finding";
import type { ActionRow, Plan, StandardGroupRow } from "../../model/plan";
import { cellLocation } from "./location";

export interface NumberingIssue {
  kind: "duplicate" | "out-of-order";
  row: ActionRow | StandardGroupRow;
  number: number;
  /** The number before it in the sequence, if any. */
  previous?: number;
  expected: number;
  text: string;
  location: FindingLocation;
}

const ARABIC = /^\s*0*(\d{1,4})\s*[.):]?\s*$/;
const ROMAN = /^\s*([ivxl]{1,7})\s*[.):]?\s*$/i;
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50 };

function romanValue(text: string): number | undefined {
  let total = 0;
  const letters = text.toLowerCase();
  for (let i = 0; i < letters.length; i++) {
    const value = ROMAN_VALUES[letters.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[letters.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : undefined;
}

export function parseRowNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const arabic = ARABIC.exec(text);
  if (arabic) return Number(arabic[1]);
  const roman = ROMAN.exec(text);
  return roman ? romanValue(roman[1] ?? "") : undefined;
}

class Sequence {
  private last: number | undefined;
  private seen = new Set<number>();
  private restartAllowed = true;
  private tableIndex: number | undefined;

  allowRestart(): void {
    this.restartAllowed = true;
  }

  /** The issue with `number`, if any, after which the sequence moves on to it. */
  next(
    number: number,
    tableIndex: number
  ): Pick<NumberingIssue, "kind" | "expected" | "previous"> | undefined {
    if (tableIndex !== this.tableIndex) {
      this.tableIndex = tableIndex;
      this.restartAllowed = true;
    }
    const previous = this.last;
    let issue: Pick<NumberingIssue, "kind" | "expected" | "previous"> | undefined;
    if (this.restartAllowed && number === 1) {
      this.seen = new Set();
    } else {
      const expected = previous === undefined ? 1 : previous + 1;
      if (this.seen.has(number)) issue = { kind: "duplicate", expected, previous };
      else if (number !== expected) issue = { kind: "out-of-order", expected, previous };
    }
    this.seen.add(number);
    this.last = number;
    this.restartAllowed = false;
    return issue;
  }
}

function mergedFromAbove(row: ActionRow): boolean {
  const cell = row.cells.number;
  return cell !== undefined && cell.location.rowIndex < row.rowIndex;
}

export function numberingIssues(plan: Plan): NumberingIssue[] {
  const groups = new Sequence();
  const actions = new Sequence();
  const issues: NumberingIssue[] = [];
  for (const row of plan.rows) {
    if (row.kind === "levelGroup") {
      groups.allowRestart();
      actions.allowRestart();
      continue;
    }
    if (row.kind === "empty") continue;
    const sequence = row.kind === "standardGroup" ? groups : actions;
    if (row.kind === "standardGroup") actions.allowRestart();
    // A TT cell merged down over several actions numbers them together: count it where it starts.
    if (row.kind === "action" && mergedFromAbove(row)) continue;
    const number = parseRowNumber(row.numberText);
    if (number === undefined || row.numberText === undefined) continue;
    const issue = sequence.next(number, row.tableIndex);
    if (!issue) continue;
    issues.push({
      ...issue,
      row,
      number,
      text: row.numberText.trim(),
      location:
        row.kind === "action"
          ? cellLocation(row, "number", row.cells.number)
          : { tableIndex: row.tableIndex, rowIndex: row.rowIndex, column: "number" },
    });
  }
  return issues;
}

// Both numbering rules read the same walk; one walk per plan is enough.
const cache = new WeakMap<Plan, NumberingIssue[]>();

export function cachedNumberingIssues(plan: Plan): NumberingIssue[] {
  let issues = cache.get(plan);
  if (!issues) {
    issues = numberingIssues(plan);
    cache.set(plan, issues);
  }
  return issues;
}
