/** Prints a sentence or two, wrapped to the terminal when there is one. */
import { writeLine, type OutputStream } from "./io";
import { paragraphLines } from "./text/paragraph";

export function say(stream: OutputStream, text: string): void {
  const width = stream.isTTY ? stream.columns : undefined;
  paragraphLines(text, "", width).forEach((line) => writeLine(stream, line));
}
