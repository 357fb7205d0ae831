/**
 * Text the way Word's object model reports it: `w:t` text, a tab as "\t", a manual line break as
 * "\v" (Word's own character for it), deleted text left out; a cell's paragraphs joined with "\r",
 * Word's paragraph mark. The host must not assume the model's "\n" here.
 */
import { isWordElement } from "./word-elements";
import { elementChildren, type TreeElement } from "./xml-tree";

export function paragraphText(paragraph: TreeElement): string {
  let text = "";
  const visit = (element: TreeElement): void => {
    for (const child of elementChildren(element)) {
      if (isWordElement(child, "t")) text += decodeXmlText(innerText(child));
      else if (isWordElement(child, "tab")) text += "\t";
      else if (isWordElement(child, "br") || isWordElement(child, "cr")) text += "\v";
      else if (isWordElement(child, "del") || isWordElement(child, "txbxContent")) continue;
      else if (!isWordElement(child, "pPr") && !isWordElement(child, "rPr")) visit(child);
    }
  };
  visit(paragraph);
  return text;
}

function innerText(element: TreeElement): string {
  return element.children.map((child) => (child.kind === "text" ? child.raw : "")).join("");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

export function decodeXmlText(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name.startsWith("#x")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

export function escapeXmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
