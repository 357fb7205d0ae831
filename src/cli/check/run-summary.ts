/** The totals across a `check` run, counted as files come in (the files themselves are not kept). */
import { RULE_CATALOGUE } from "../../core";
import type { Severity } from "../../core/model/finding";
import type { Language } from "../../core/model/localized";
import type { CliStrings } from "../i18n/strings";
import { paragraphLines } from "../text/paragraph";
import type { FileResultJson } from "./json-report";

/** How many kinds of findings the summary lists. */
const MOST_COMMON = 5;

export class RunSummary {
  files = 0;
  plans = 0;
  withErrors = 0;
  unreadable = 0;
  readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, tip: 0 };
  private readonly byRule = new Map<string, number>();

  add(file: FileResultJson): void {
    this.files++;
    if (!file.ok) this.unreadable++;
    if (file.level !== null) this.plans++;
    if (file.findings.some((finding) => finding.severity === "error")) this.withErrors++;
    for (const finding of file.findings) {
      this.bySeverity[finding.severity]++;
      this.byRule.set(finding.rule, (this.byRule.get(finding.rule) ?? 0) + 1);
    }
  }

  /** The most frequent rules, most frequent first, ties in rule id order. */
  mostCommon(limit = MOST_COMMON): { rule: string; count: number }[] {
    return [...this.byRule]
      .map(([rule, count]) => ({ rule, count }))
      .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0))
      .slice(0, limit);
  }
}

const RULE_DESCRIPTIONS = new Map(RULE_CATALOGUE.map((entry) => [entry.id, entry.description]));

export function renderSummary(
  summary: RunSummary,
  strings: CliStrings,
  language: Language,
  width: number | undefined
): string[] {
  const lines = [
    strings.check.summaryTitle,
    ...paragraphLines(strings.check.summaryFiles(summary), "  ", width),
    ...paragraphLines(strings.check.summaryFindings(summary.bySeverity), "  ", width),
  ];
  const common = summary.mostCommon();
  if (common.length === 0) return lines;
  lines.push(`  ${strings.check.mostCommonTitle}`);
  const countWidth = Math.max(...common.map(({ count }) => String(count).length));
  for (const { rule, count } of common) {
    const description = RULE_DESCRIPTIONS.get(rule)?.[language];
    const prefix = `${String(count).padStart(countWidth)} × `;
    const text = `${rule}${description ? ` — ${description}` : ""}`;
    const body = paragraphLines(
      text,
      "",
      width === undefined ? undefined : width - 4 - prefix.length
    );
    const hanging = " ".repeat(prefix.length);
    body.forEach((line, index) => lines.push(`    ${index === 0 ? prefix : hanging}${line}`));
  }
  return lines;
}
