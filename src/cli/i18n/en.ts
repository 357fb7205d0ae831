/** English, with `--lang en`. */
import type { UsageProblem } from "../args/invocation";
import type { CliStrings } from "./strings";

function usageProblem(problem: UsageProblem): string {
  switch (problem.kind) {
    case "unknown-option":
      return `Unknown option “${problem.option}”.`;
    case "missing-value":
      return `The option “${problem.option}” needs a value.`;
    case "unexpected-value":
      return `The option “${problem.option}” takes no value.`;
    case "missing-command":
      return "No command given (check, report or new).";
    case "unknown-command":
      return `Unknown command “${problem.command}” (commands: check, report, new, help).`;
    case "invalid-value":
      return `“${problem.value}” is not a valid value for ${problem.option}; use one of: ${problem.allowed.join(", ")}.`;
    case "missing-option":
      return `The option ${problem.option} is required.`;
    case "missing-inputs":
      return "No .docx file or folder to check.";
    case "one-input-expected":
      return problem.given === 0
        ? "No plan .docx file given."
        : `This command takes exactly one plan file (${problem.given} given).`;
    case "unexpected-arguments":
      return `Unexpected arguments: ${problem.arguments.join(" ")}.`;
    case "in-place-with-output":
      return "Use either --in-place (edit the original file) or -o NEW_FILE, not both.";
  }
}

/** "1 file", "3 files". */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

const GENERAL_HELP = `kdcl — checks and completes education quality improvement plans (.docx files)

Usage:
  kdcl check FILE_OR_FOLDER... [--json] [--no-progress] [--level LEVEL] [--framework FRAMEWORK]
  kdcl report FILE.docx -o NEW.docx [--force] [--in-place]
  kdcl new --level LEVEL [--criteria 1.1,2.3] [--framework FRAMEWORK] -o NEW.docx [--force]
  kdcl help COMMAND

Commands:
  check    check the plans in .docx files (a folder: every .docx file in it)
  report   add or refresh the plan's progress-report appendix, written to a new file
  new      create a new plan with the plan table of the level's circular

Global options:
  --lang vi|en     language of the output (default: vi)
  -h, --help       help
  -v, --version    version

LEVEL: mn (preschool), th (primary), thcs-thpt (lower/upper secondary, multi-level schools).
FRAMEWORK: 2018 (Circulars 17, 18, 19/2018/TT-BGDĐT, the default) or tt57.

Exit codes: 0 — no errors; 1 — a plan has errors (report: no plan);
2 — a file could not be read or written, or the command line is wrong.
`;

const CHECK_HELP = `kdcl check FILE_OR_FOLDER... [options]

Checks the plan in each .docx file. Folders are searched with their subfolders (hidden files
and Word's "~$…" lock files are skipped), in name order. Nothing is written.

Options:
  --json                 print exactly one JSON document on stdout (for scripts)
  --no-progress          no progress bar
  --level LEVEL          read every plan as mn, th or thcs-thpt
  --framework FRAMEWORK  2018 or tt57

Exit codes: 0 — no errors; 1 — at least one error; 2 — a file could not be read.

Examples:
  kdcl check plan.docx
  kdcl check "School plans/" --json > results.json
`;

const REPORT_HELP = `kdcl report FILE.docx -o NEW.docx [options]

Adds the "progress report on the improvement plan" appendix at the end of a copy of the plan,
or refreshes an existing appendix from the plan table without losing what staff wrote in it.
The original file is not changed.

Options:
  -o, --output FILE      the file to write (not the original)
  -f, --force            overwrite FILE if it exists
  --in-place             edit the original file instead (not with -o)
  --level LEVEL          mn, th or thcs-thpt
  --framework FRAMEWORK  2018 or tt57

Exit codes: 0 — written; 1 — no plan in the file; 2 — could not read or write.

Example:
  kdcl report plan.docx -o plan-with-appendix.docx
`;

const NEW_HELP = `kdcl new --level LEVEL -o NEW.docx [options]

Creates a new plan: national heading, title, sections I–IV, the plan table of the level's
circular and the signature block. The "…" blanks are left for the school to fill in.

Options:
  --level LEVEL          mn, th or thcs-thpt (required)
  --criteria CODE,...    criteria to improve, e.g. 1.1,2.3 (default: one blank row per standard)
  --framework FRAMEWORK  2018 (default) or tt57
  -o, --output FILE      the file to write
  -f, --force            overwrite FILE if it exists

Example:
  kdcl new --level th --criteria 1.1,2.3 -o improvement-plan.docx
`;

export const en: CliStrings = {
  severity: { error: "Error", warning: "Warning", tip: "Tip" },
  levels: { mn: "preschool", th: "primary", "thcs-thpt": "secondary" },
  frameworks: { "2018": "2018 circulars", tt57: "Circular 57" },
  usageProblem,
  seeHelp: (topic) => `See: kdcl help${topic ? ` ${topic}` : ""}`,
  help: {
    general: GENERAL_HELP,
    usageLabel: "Usage",
    synopsis: "kdcl <check|report|new|help> [options] ...",
    commands: { check: CHECK_HELP, report: REPORT_HELP, new: NEW_HELP },
  },
  check: {
    columns: {
      severity: "Severity",
      rule: "Rule",
      location: "Where",
      criterion: "Criterion",
      message: "Message",
    },
    location: (table, row) => {
      if (table === undefined) return "—";
      return row === undefined ? `table ${table}` : `table ${table}, row ${row}`;
    },
    planLine: ({ level, schoolYear, planNumber, rows, complete }) =>
      [
        `${en.levels[level][0]!.toUpperCase()}${en.levels[level].slice(1)} plan`,
        schoolYear ? `school year ${schoolYear}` : "no school year",
        planNumber ? `no. ${planNumber}` : "no number",
        `${rows} action rows`,
        `${complete}/${rows} rows complete`,
      ].join(" · "),
    noFindings: "No findings.",
    unreadable: (message) => `Could not read: ${message}`,
    missingInput: (path) => `No file or folder “${path}”.`,
    emptyDirectory: (path) => `The folder “${path}” holds no .docx file.`,
    notAFile: (path) => `“${path}” is neither a file nor a folder.`,
    folderGiven: (path) => `“${path}” is a folder; name one plan .docx file.`,
    tooLarge: (path, limit) =>
      `The file “${path}” is too large (over ${limit} MB); it was not opened, to keep the computer responsive.`,
    unexpected: (path, detail) => `Unexpected error while reading “${path}” (${detail}).`,
    summaryTitle: "Summary",
    summaryFiles: ({ files, plans, withErrors, unreadable }) =>
      `${count(files, "file")} checked · ${count(plans, "plan")} found · ` +
      `${count(withErrors, "file")} with errors` +
      (unreadable > 0 ? ` · ${count(unreadable, "file")} unreadable` : ""),
    summaryFindings: (counts) =>
      `Findings: ${count(counts.error, "error")}, ${count(counts.warning, "warning")}, ` +
      count(counts.tip, "tip"),
    mostCommonTitle: "Most common:",
  },
  files: {
    outputExists: (path) =>
      `Not written: “${path}” already exists. Choose another name, or add --force to overwrite it.`,
    writeFailed: (path, detail) => `Could not write “${path}” (${detail}).`,
  },
  report: {
    created: ({ label, rows, layout }) =>
      `Added ${label} (${layout}) at the end of the document: ${rows} rows from the plan table.`,
    refreshed: ({ rows, kept, updated, added, orphaned }) =>
      `Refreshed the existing appendix: ${rows} rows from the plan; ${kept} filled cells kept as ` +
      `they were; ${updated} cells updated from the plan; ${added} rows added; ` +
      `${orphaned} rows no longer in the plan (kept, with a note).`,
    unchanged: "The appendix already matches the plan; nothing to change.",
    layouts: { report: "progress report layout", monitoring: "monitoring layout" },
    noticesTitle: "Notes:",
    headingTitle: "The appendix heading, compared with the plan:",
    wrote: (path) => `Wrote “${path}”.`,
    wroteCopy: (path) => `Wrote an unchanged copy: “${path}”.`,
    sameAsInput: (path) =>
      `Not written: “${path}” is the original file. Choose another name with -o, or use --in-place to edit the original.`,
    editFailed: (message) => `The appendix could not be added: ${message}`,
  },
  new: {
    unknownCriteria: (codes, catalog) => `No criterion ${codes.join(", ")} in ${catalog}.`,
    created: ({ path, level, circular, criteria }) =>
      `Created “${path}”: a ${level} plan under Circular ${circular}, ` +
      (criteria > 0 ? `${criteria} criteria.` : "one blank row per standard."),
    nextSteps:
      "Fill in the “…” blanks (school, number, date, school year, each row), then check it: kdcl check FILE",
  },
};
