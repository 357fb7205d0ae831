/**
 * Every word the command line prints, one module per language (vi.ts, en.ts). Vietnamese is the
 * default; `--lang en` switches. Messages that come from the core or the host (findings, refusals
 * of bad files, appendix notices) are already in both languages and are picked the same way.
 */
import type { Framework } from "../../core/catalog";
import type { Severity } from "../../core/model/finding";
import type { SchoolLevel } from "../../core/model/level";
import type { Language } from "../../core/model/localized";
import type { CommandName, UsageProblem } from "../args/invocation";
import { en } from "./en";
import { vi } from "./vi";

export interface HelpTexts {
  /** `kdcl --help`. */
  readonly general: string;
  /** "Cách dùng" before a synopsis, under a usage error. */
  readonly usageLabel: string;
  /** The synopsis when no command was named. */
  readonly synopsis: string;
  readonly commands: Readonly<Record<CommandName, string>>;
}

export interface CheckTexts {
  readonly columns: {
    readonly severity: string;
    readonly rule: string;
    readonly location: string;
    readonly criterion: string;
    readonly message: string;
  };
  /** "bảng 1, dòng 4"; either may be missing (a finding about the whole plan or a paragraph). */
  location(table: number | undefined, row: number | undefined): string;
  planLine(facts: {
    level: SchoolLevel;
    schoolYear: string | null;
    planNumber: string | null;
    rows: number;
    complete: number;
  }): string;
  readonly noFindings: string;
  unreadable(message: string): string;
  missingInput(path: string): string;
  emptyDirectory(path: string): string;
  notAFile(path: string): string;
  /** A folder given where one file is expected (`report`). */
  folderGiven(path: string): string;
  tooLarge(path: string, limitMegabytes: number): string;
  unexpected(path: string, detail: string): string;
  readonly summaryTitle: string;
  summaryFiles(facts: {
    files: number;
    plans: number;
    withErrors: number;
    unreadable: number;
  }): string;
  summaryFindings(counts: Readonly<Record<Severity, number>>): string;
  readonly mostCommonTitle: string;
}

export interface ReportTexts {
  created(facts: { label: string; rows: number; layout: string }): string;
  refreshed(facts: {
    rows: number;
    kept: number;
    updated: number;
    added: number;
    orphaned: number;
  }): string;
  readonly unchanged: string;
  readonly layouts: Readonly<Record<"report" | "monitoring", string>>;
  readonly noticesTitle: string;
  readonly headingTitle: string;
  wrote(path: string): string;
  wroteCopy(path: string): string;
  sameAsInput(path: string): string;
  editFailed(message: string): string;
}

/** About files written by `report` and `new`. */
export interface FileTexts {
  outputExists(path: string): string;
  writeFailed(path: string, detail: string): string;
}

export interface NewTexts {
  unknownCriteria(codes: readonly string[], catalog: string): string;
  created(facts: { path: string; level: string; circular: string; criteria: number }): string;
  readonly nextSteps: string;
}

export interface CliStrings {
  readonly severity: Readonly<Record<Severity, string>>;
  readonly levels: Readonly<Record<SchoolLevel, string>>;
  readonly frameworks: Readonly<Record<Framework, string>>;
  usageProblem(problem: UsageProblem): string;
  /** "Xem: kdcl help check" under a usage error. */
  seeHelp(topic: CommandName | undefined): string;
  readonly help: HelpTexts;
  readonly check: CheckTexts;
  readonly files: FileTexts;
  readonly report: ReportTexts;
  readonly new: NewTexts;
}

const BY_LANGUAGE: Readonly<Record<Language, CliStrings>> = { vi, en };

export function cliStrings(language: Language): CliStrings {
  return BY_LANGUAGE[language];
}
