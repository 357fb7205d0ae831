import { tokenizeXml } from "../xml";

/** The Transitional WordprocessingML namespace: what Word writes, and what we write. */
export const WORD_NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * Our markup uses the `w` prefix. Word and LibreOffice always bind it at the root, but a
 * document may bind the namespace to another prefix: then each element we insert declares `w`
 * itself, so it means the same wherever it lands.
 */
export function declareWordPrefix(markup: string): string {
  const declaration = ` xmlns:w="${WORD_NAMESPACE}"`;
  const insertAt: number[] = [];
  let depth = 0;
  tokenizeXml(markup, {
    startTag(token) {
      if (depth === 0) insertAt.push(token.start + 1 + token.name.length);
      if (!token.selfClosing) depth++;
    },
    endTag() {
      depth--;
    },
    text() {},
  });
  let result = "";
  let copied = 0;
  for (const offset of insertAt) {
    result += markup.slice(copied, offset) + declaration;
    copied = offset;
  }
  return result + markup.slice(copied);
}
