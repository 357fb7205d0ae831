/**
 * `kdcl report`: a copy of the plan with its progress-report appendix added or refreshed. The
 * destination is checked before any work, and written in one step (a temporary file renamed
 * over it), so an interrupted run leaves no half-written document.
 */
import { analyze, planAppendix, type AnalyzeOptions } from "../../core";
import { saveDocxFile } from "../../hosts/docx/node-file";
import type { ReportRequest } from "../args/invocation";
import { openInput } from "../open-input";
import type { CommandContext } from "../context";
import { EXIT, type ExitCode } from "../exit-codes";
import { writeLine } from "../io";
import { say } from "../say";
import { exists, isSameFile } from "../output-path";
import { renderOutcome } from "./render-outcome";

/** Why the destination may not be written, or undefined when it may. */
async function destinationRefusal(
  request: ReportRequest,
  context: CommandContext
): Promise<string | undefined> {
  const { output } = request;
  if (request.inPlace || output === undefined) return undefined;
  if (await isSameFile(request.input, output)) return context.strings.report.sameAsInput(output);
  if (!request.force && (await exists(output))) return context.strings.files.outputExists(output);
  return undefined;
}

export async function runReport(
  request: ReportRequest,
  context: CommandContext
): Promise<ExitCode> {
  const { io, strings, language } = context;
  const refusal = await destinationRefusal(request, context);
  if (refusal) {
    say(io.stderr, refusal);
    return EXIT.trouble;
  }
  const opened = await openInput(request.input, language, strings);
  if (!opened.ok) {
    say(io.stderr, opened.message);
    return EXIT.trouble;
  }
  const { host } = opened;
  const document = await host.readDocument();
  const options: AnalyzeOptions = {
    ...(request.level ? { level: request.level } : {}),
    ...(request.framework ? { framework: request.framework } : {}),
  };
  const analysis = analyze(document, options);
  const { edits, outcome } = planAppendix(document, analysis);
  if (outcome.kind === "no-plan") {
    say(io.stderr, outcome.message[language]);
    if (analysis.summary.message) say(io.stderr, analysis.summary.message[language]);
    return EXIT.findings;
  }
  if (edits.length > 0) {
    const applied = await host.applyEdits(edits);
    if (!applied.ok) {
      say(io.stderr, strings.report.editFailed(applied.message[language]));
      return EXIT.trouble;
    }
  }
  const destination = request.output ?? request.input;
  const writes = !(request.inPlace && edits.length === 0);
  if (writes) {
    try {
      await saveDocxFile(host, destination);
    } catch (error) {
      say(io.stderr, strings.files.writeFailed(destination, String(error)));
      return EXIT.trouble;
    }
  }
  const width = io.stdout.isTTY ? io.stdout.columns : undefined;
  renderOutcome(outcome, strings, language, width).forEach((line) => writeLine(io.stdout, line));
  if (writes) {
    say(
      io.stdout,
      edits.length > 0 ? strings.report.wrote(destination) : strings.report.wroteCopy(destination)
    );
  }
  return EXIT.ok;
}
