/**
 * Runs the command line in-process, as `kdcl …` would, with fake terminals: each stream is a TTY
 * or a pipe, of a given width, and everything written to it is kept.
 */
import type { ExitCode } from "../../../src/cli/exit-codes";
import type { CliIo, OutputStream } from "../../../src/cli/io";
import { main } from "../../../src/cli/main";

export class CapturedStream implements OutputStream {
  private readonly chunks: string[] = [];

  constructor(
    readonly isTTY: boolean,
    readonly columns?: number
  ) {}

  write(text: string): void {
    this.chunks.push(text);
  }

  get text(): string {
    return this.chunks.join("");
  }

  get writes(): readonly string[] {
    return this.chunks;
  }
}

export interface Terminal {
  /** stdout is a terminal (default: a pipe). */
  readonly stdoutTTY?: boolean;
  /** stderr is a terminal (default: a pipe). */
  readonly stderrTTY?: boolean;
  readonly columns?: number;
}

export interface CliRun {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
  readonly stderrWrites: readonly string[];
}

export async function runCli(argv: readonly string[], terminal: Terminal = {}): Promise<CliRun> {
  const columns = terminal.columns ?? 100;
  const stdout = new CapturedStream(
    terminal.stdoutTTY ?? false,
    terminal.stdoutTTY ? columns : undefined
  );
  const stderr = new CapturedStream(
    terminal.stderrTTY ?? false,
    terminal.stderrTTY ? columns : undefined
  );
  const io: CliIo = { stdout, stderr };
  const code = await main(argv, io);
  return { code, stdout: stdout.text, stderr: stderr.text, stderrWrites: stderr.writes };
}
