/**
 * One file's part of the human report: its name, the plan found (or why none, or why the file
 * could not be read), then its findings as a table.
 */
import type { CliStrings } from "../i18n/strings";
import { paragraphLines, forTerminal } from "../text/paragraph";
import { renderTable, type ShrinkStep } from "../text/table";
import type { CheckedFile } from "./inspect-file";
import type { FileResultJson, FindingJson } from "./json-report";

const INDENT = "  ";

const SEVERITY = 0;
const RULE = 1;
const LOCATION = 2;
const MESSAGE = 4;

/**
 * On a narrow terminal the message keeps a readable measure first; rule ids then wrap at their
 * hyphens, which costs no extra lines next to a message already several lines long.
 */
const SHRINK: readonly ShrinkStep[] = [
  { column: MESSAGE, downTo: 40 },
  { column: RULE, downTo: "narrowest" },
  { column: LOCATION, downTo: "narrowest" },
  { column: MESSAGE, downTo: "narrowest" },
  { column: SEVERITY, downTo: "narrowest" },
];

function findingRow(finding: FindingJson, strings: CliStrings): string[] {
  return [
    strings.severity[finding.severity],
    finding.rule,
    strings.check.location(finding.table ?? undefined, finding.row ?? undefined),
    finding.criterion ?? "",
    forTerminal(finding.message),
  ];
}

function headline(json: FileResultJson, checked: CheckedFile, strings: CliStrings): string {
  if (!json.ok) return strings.check.unreadable(json.error ?? "");
  if (json.level === null) return checked.noPlanMessage ?? "";
  return strings.check.planLine({
    level: json.level,
    schoolYear: json.schoolYear,
    planNumber: json.planNumber,
    rows: json.rows ?? 0,
    complete: json.complete ?? 0,
  });
}

export function renderFile(
  checked: CheckedFile,
  strings: CliStrings,
  width: number | undefined
): string[] {
  const { json } = checked;
  const lines = [
    forTerminal(json.file),
    ...paragraphLines(headline(json, checked, strings), INDENT, width),
  ];
  if (!json.ok || json.level === null) return lines;
  if (json.findings.length === 0) return [...lines, INDENT + strings.check.noFindings];
  const { columns } = strings.check;
  const header = [
    columns.severity,
    columns.rule,
    columns.location,
    columns.criterion,
    columns.message,
  ];
  const rows = json.findings.map((finding) => findingRow(finding, strings));
  return [...lines, ...renderTable(header, rows, { width, indent: INDENT, shrink: SHRINK })];
}
