/**
 * `kdcl check`: every file read and reported in turn (a bad file is reported and skipped), then
 * the totals. Nothing is written to disk.
 */
import type { AnalyzeOptions } from "../../core";
import type { CheckRequest } from "../args/invocation";
import type { CommandContext } from "../context";
import { EXIT, type ExitCode } from "../exit-codes";
import { writeLine } from "../io";
import { collectInputs, type InputEntry } from "./collect-inputs";
import { inspectFile, type CheckedFile } from "./inspect-file";
import { unreadableJson, type CheckReportJson, type FileResultJson } from "./json-report";
import { ProgressBar } from "./progress-bar";
import { renderFile } from "./render-file";
import { renderSummary, RunSummary } from "./run-summary";

const DEFAULT_TERMINAL_COLUMNS = 80;

function inputProblem(entry: Extract<InputEntry, { kind: "problem" }>, context: CommandContext) {
  const { check } = context.strings;
  const message =
    entry.problem === "missing"
      ? check.missingInput(entry.path)
      : entry.problem === "empty-directory"
        ? check.emptyDirectory(entry.path)
        : check.notAFile(entry.path);
  return { json: unreadableJson(entry.path, message) };
}

async function checkEntry(
  entry: InputEntry,
  options: AnalyzeOptions,
  context: CommandContext
): Promise<CheckedFile> {
  if (entry.kind === "problem") return inputProblem(entry, context);
  return inspectFile(entry.path, options, context.language, context.strings);
}

/** Only for a person watching several files go by: never in a pipe, never with --json. */
function progressBar(request: CheckRequest, context: CommandContext, total: number) {
  const wanted = request.progress && !request.json && total > 1 && context.io.stderr.isTTY;
  return wanted ? new ProgressBar(context.io.stderr, total) : undefined;
}

function exitCode(summary: RunSummary): ExitCode {
  if (summary.unreadable > 0) return EXIT.trouble;
  return summary.withErrors > 0 ? EXIT.findings : EXIT.ok;
}

export async function runCheck(request: CheckRequest, context: CommandContext): Promise<ExitCode> {
  const { io, strings, language } = context;
  const options: AnalyzeOptions = {
    ...(request.level ? { level: request.level } : {}),
    ...(request.framework ? { framework: request.framework } : {}),
  };
  const entries = await collectInputs(request.inputs);
  const progress = progressBar(request, context, entries.length);
  const width = io.stdout.isTTY ? (io.stdout.columns ?? DEFAULT_TERMINAL_COLUMNS) : undefined;
  const summary = new RunSummary();
  const results: FileResultJson[] = [];
  for (const [index, entry] of entries.entries()) {
    progress?.show(index, entry.path);
    const checked = await checkEntry(entry, options, context);
    progress?.clear();
    summary.add(checked.json);
    if (request.json) results.push(checked.json);
    else [...renderFile(checked, strings, width), ""].forEach((line) => writeLine(io.stdout, line));
  }
  if (request.json) {
    const report: CheckReportJson = { files: results };
    writeLine(io.stdout, JSON.stringify(report, null, 2));
  } else {
    renderSummary(summary, strings, language, width).forEach((line) => writeLine(io.stdout, line));
  }
  return exitCode(summary);
}
