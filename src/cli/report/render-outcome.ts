/** What `kdcl report` did, in sentences: from the outcome the appendix planner returns. */
import type { CreatedOutcome, RefreshedOutcome } from "../../core";
import type { Language } from "../../core/model/localized";
import type { CliStrings } from "../i18n/strings";
import { paragraphLines } from "../text/paragraph";

export function renderOutcome(
  outcome: CreatedOutcome | RefreshedOutcome,
  strings: CliStrings,
  language: Language,
  width: number | undefined
): string[] {
  const { report } = strings;
  const lines =
    outcome.kind === "created"
      ? paragraphLines(
          report.created({
            label: outcome.appendixLabel,
            rows: outcome.rows,
            layout: report.layouts[outcome.layout],
          }),
          "",
          width
        )
      : paragraphLines(
          outcome.changed
            ? report.refreshed({
                rows: outcome.rows,
                kept: outcome.keptCells,
                updated: outcome.updatedCells,
                added: outcome.addedRows,
                orphaned: outcome.orphanedRows,
              })
            : report.unchanged,
          "",
          width
        );
  if (outcome.conflicts.length > 0) {
    lines.push(report.noticesTitle);
    for (const conflict of outcome.conflicts) {
      lines.push(...bullet(conflict.message[language], width));
    }
  }
  if (outcome.kind === "refreshed" && outcome.headingDiscrepancies.length > 0) {
    lines.push(...paragraphLines(report.headingTitle, "", width));
    for (const discrepancy of outcome.headingDiscrepancies) {
      lines.push(...bullet(discrepancy.message[language], width));
    }
  }
  return lines;
}

function bullet(text: string, width: number | undefined): string[] {
  return paragraphLines(text, "    ", width).map((line, index) =>
    index === 0 ? `  - ${line.trimStart()}` : line
  );
}
