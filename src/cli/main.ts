/**
 * The command line, as a function: arguments and streams in, exit code out. `bin.ts` wires it to
 * the process; tests call it in-process with fake terminals.
 */
import { readCommandLine } from "./args/command-line";
import type { CommandName, CommandRequest, Invocation } from "./args/invocation";
import { runCheck } from "./check/check-command";
import type { CommandContext } from "./context";
import { EXIT, type ExitCode } from "./exit-codes";
import { cliStrings, type CliStrings } from "./i18n/strings";
import { writeLine, type CliIo } from "./io";
import { runNew } from "./new/new-command";
import { runReport } from "./report/report-command";
import { KDCL_VERSION } from "./version";

function runRequest(request: CommandRequest, context: CommandContext): Promise<ExitCode> {
  switch (request.kind) {
    case "check":
      return runCheck(request, context);
    case "report":
      return runReport(request, context);
    case "new":
      return runNew(request, context);
  }
}

/** A command's synopsis is the first line of its help. */
function synopsis(strings: CliStrings, topic: CommandName | undefined): string {
  return topic ? (strings.help.commands[topic].split("\n")[0] ?? "") : strings.help.synopsis;
}

async function run(invocation: Invocation, io: CliIo): Promise<ExitCode> {
  const strings = cliStrings(invocation.language);
  switch (invocation.kind) {
    case "version":
      writeLine(io.stdout, `kdcl ${KDCL_VERSION}`);
      return EXIT.ok;
    case "help":
      io.stdout.write(
        invocation.topic ? strings.help.commands[invocation.topic] : strings.help.general
      );
      return EXIT.ok;
    case "usage-error":
      writeLine(io.stderr, `kdcl: ${strings.usageProblem(invocation.problem)}`);
      writeLine(io.stderr, `${strings.help.usageLabel}: ${synopsis(strings, invocation.topic)}`);
      writeLine(io.stderr, strings.seeHelp(invocation.topic));
      return EXIT.trouble;
    case "run":
      return runRequest(invocation.request, { io, language: invocation.language, strings });
  }
}

export function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  return run(readCommandLine(argv), io);
}
