/** What a check reports, and the fix it can suggest as data. */
import type { CellLocation } from "./document";
import type { LocalizedText } from "./localized";
import type { ColumnRole } from "./plan";

export type Severity = "error" | "warning" | "tip";

export interface FindingLocation {
  tableIndex?: number;
  rowIndex?: number;
  column?: ColumnRole;
  cell?: CellLocation;
  /** For findings about a paragraph (metadata) rather than a table. */
  blockIndex?: number;
}

/** A change the user can apply with one click. Hosts apply it; the core only describes it. */
export type SuggestedFix =
  | {
      kind: "replaceCellText";
      cell: CellLocation;
      /** The cell's text the fix was computed from: hosts refuse to apply it if the cell changed since. */
      expectedText: string;
      newText: string;
      label: LocalizedText;
    }
  | {
      /** A body paragraph (a heading above a one-standard table, a metadata line). */
      kind: "replaceParagraphText";
      blockIndex: number;
      /** The paragraph's text the fix was computed from, as for a cell. */
      expectedText: string;
      newText: string;
      label: LocalizedText;
    };

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  location: FindingLocation;
  /** Criterion code ("2.3") when the finding concerns one. */
  criterion?: string;
  /** The offending text, when there is one. */
  text?: string;
  fix?: SuggestedFix;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };
