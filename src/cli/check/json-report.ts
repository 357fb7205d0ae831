/**
 * The shape `kdcl check --json` prints: one document, `{ "files": [...] }`, one entry per file in
 * the order they were read. Every field is always present (null when it does not apply), except
 * `error`, present only when the file could not be read. Counting is 1-based, as people count.
 */
import type { Finding, Severity } from "../../core/model/finding";
import type { SchoolLevel } from "../../core/model/level";
import type { Language } from "../../core/model/localized";
import type { ColumnRole } from "../../core/model/plan";

export interface FindingJson {
  /** The rule's id, e.g. "missing-owner". */
  readonly rule: string;
  readonly severity: Severity;
  /** In the run's language. */
  readonly message: string;
  /** 1-based index among the body's top-level tables. */
  readonly table: number | null;
  /** 1-based index of the row in that table, counting every `w:tr` (header rows too). */
  readonly row: number | null;
  readonly column: ColumnRole | null;
  /** Criterion code, e.g. "2.3". */
  readonly criterion: string | null;
  /** The offending text as the document has it. */
  readonly text: string | null;
}

export interface FileResultJson {
  /** The path as given, or as found under a folder given. */
  readonly file: string;
  /** False when the file could not be read; `error` then says why. */
  readonly ok: boolean;
  readonly error?: string;
  /** Null when no plan was found (or the file was not read). */
  readonly level: SchoolLevel | null;
  /** "2022-2023". */
  readonly schoolYear: string | null;
  /** "97/KH-MNPL"; null when absent or left blank ("Số: …/KH-…"). */
  readonly planNumber: string | null;
  /** Action rows of the plan; 0 when no plan; null when not read. */
  readonly rows: number | null;
  /** Rows with an owner, a deadline and a monitor. */
  readonly complete: number | null;
  readonly findings: readonly FindingJson[];
}

export interface CheckReportJson {
  readonly files: readonly FileResultJson[];
}

function oneBased(index: number | undefined): number | null {
  return index === undefined || index < 0 ? null : index + 1;
}

export function findingJson(finding: Finding, language: Language): FindingJson {
  const { location } = finding;
  return {
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.message[language],
    table: oneBased(location.tableIndex ?? location.cell?.tableIndex),
    row: oneBased(location.rowIndex ?? location.cell?.rowIndex),
    column: location.column ?? null,
    criterion: finding.criterion ?? null,
    text: finding.text ?? null,
  };
}

export function unreadableJson(file: string, error: string): FileResultJson {
  return {
    file,
    ok: false,
    error,
    level: null,
    schoolYear: null,
    planNumber: null,
    rows: null,
    complete: null,
    findings: [],
  };
}
