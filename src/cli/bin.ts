/**
 * The bundle's entry (dist/cli/kdcl.js): runs the command line on this process. The exit code is
 * set, not forced with process.exit, so everything written to a pipe is flushed first.
 */
import { main } from "./main";
import { EXIT } from "./exit-codes";
import { nodeIo } from "./node-io";

// `kdcl check … | head`: the reader went away; stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    throw error;
  });
}

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `kdcl: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    );
    process.exitCode = EXIT.trouble;
  }
);
