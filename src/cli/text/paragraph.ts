/** A paragraph of prose for the terminal: composed Unicode, indented, wrapped when a width is known. */
import { displayWidth } from "./display-width";
import { wrapText } from "./wrap";

/** Vietnamese typed on a Mac arrives decomposed; terminals draw composed text far better. */
export function forTerminal(text: string): string {
  return text.normalize("NFC");
}

export function paragraphLines(text: string, indent: string, width: number | undefined): string[] {
  const clean = forTerminal(text).replace(/\s+/g, " ").trim();
  if (width === undefined) return [indent + clean];
  const available = Math.max(20, width - displayWidth(indent));
  return wrapText(clean, available).map((line) => indent + line);
}
