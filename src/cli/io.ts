/**
 * Where the command line writes. Injected, so tests run the CLI in-process with fake terminals
 * (a TTY or a pipe, any width) and read back exactly what a user would see.
 */
export interface OutputStream {
  write(text: string): void;
  /** True when a person is looking at it: progress bars and wrapping only then. */
  readonly isTTY: boolean;
  /** Width in columns when it is a terminal. */
  readonly columns?: number;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/** Writes whole lines. */
export function writeLine(stream: OutputStream, line = ""): void {
  stream.write(`${line}\n`);
}
