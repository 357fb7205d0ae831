/** The real terminal: Node's stdout and stderr. */
import type { CliIo, OutputStream } from "./io";

function streamOf(stream: NodeJS.WriteStream): OutputStream {
  return {
    write: (text) => {
      stream.write(text);
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.isTTY ? stream.columns : undefined;
    },
  };
}

export function nodeIo(): CliIo {
  return { stdout: streamOf(process.stdout), stderr: streamOf(process.stderr) };
}
