/**
 * Comparing the text Word reports for a cell or paragraph with the model's. Word marks paragraph
 * ends with "\r" and manual line breaks with a vertical tab, may end a cell's text with its
 * end-of-cell mark (U+0007), and may hold Vietnamese in either Unicode normal form; the model
 * joins paragraphs and line breaks with "\n".
 */
const END_OF_CELL = String.fromCharCode(7);
const LINE_BREAK = String.fromCharCode(11);

export function comparableText(text: string): string {
  return text
    .split(END_OF_CELL)
    .join("")
    .split(LINE_BREAK)
    .join("\n")
    .replace(/\r\n|\r|\f/g, "\n")
    .replace(/\s+$/u, "")
    .normalize("NFC");
}

export function sameText(wordText: string, modelText: string): boolean {
  return comparableText(wordText) === comparableText(modelText);
}
