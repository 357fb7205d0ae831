/**
 * A fragment rendered for `insertOoxml`, by the project's writer. The writer works on a whole
 * document (it decides separators, section breaks and the table width from what surrounds the
 * insertion), so the fragment is inserted into a small stand-in document — the real document's
 * root element and final section, with a block like the one before the insertion point and one
 * like the one after it — and what the writer inserted there is cut out and packaged.
 */
import type { FragmentSpec } from "../../../core/edits/spec";
import { applyEditsToDocumentXml, parseXml, toFlatOpc, type PackageReading } from "../../../ooxml";
import { documentElementOf } from "./package-parts";

/** What the stand-in document borrows from the real one. */
export interface DocumentFrame {
  /** The real main part's root start tag (its namespace declarations). */
  readonly rootStartTag: string;
  readonly rootEndTag: string;
  /** The body's final section properties as written, or "" when the document has none. */
  readonly finalSectionXml: string;
}

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STAND_IN_TABLE =
  `<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>` +
  `<w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`;

export function documentFrame(flatOpc: string, reading: PackageReading): DocumentFrame {
  const element = documentElementOf(parseXml(flatOpc).root);
  let rootStartTag = element
    ? flatOpc.slice(element.start, element.contentStart)
    : `<w:document xmlns:w="${W}">`;
  if (!/\sxmlns:w="/.test(rootStartTag)) {
    rootStartTag = rootStartTag.replace(/\/?>$/, ` xmlns:w="${W}">`);
  }
  const name = /^<([^\s>/]+)/.exec(rootStartTag)?.[1] ?? "w:document";
  const section = reading.sourceMap.finalSectionProperties;
  return {
    rootStartTag,
    rootEndTag: `</${name}>`,
    finalSectionXml: section ? flatOpc.slice(section.start, section.end) : "",
  };
}

export type Preceding = "paragraph" | "table";
export type Following = "paragraph" | "table" | "end";

/** The package to insert after a block of kind `preceding`, before one of kind `following`. */
export function fragmentPackage(
  frame: DocumentFrame,
  fragment: FragmentSpec,
  preceding: Preceding,
  following: Following
): string {
  const before = preceding === "table" ? STAND_IN_TABLE : "<w:p/>";
  // At the end too a paragraph follows: Word's last paragraph mark. So a landscape fragment
  // ends with its own section break, as in the middle of a document (the writer would make
  // the body's final section landscape, which insertOoxml cannot change).
  const after = following === "table" ? STAND_IN_TABLE : "<w:p/>";
  const head = `${frame.rootStartTag}<w:body>${before}`;
  const tail = `${after}${frame.finalSectionXml}</w:body>${frame.rootEndTag}`;
  const edited = applyEditsToDocumentXml(head + tail, [
    { kind: "insertFragment", fragment, at: { kind: "afterBlock", blockIndex: 0 } },
  ]);
  if (!edited.startsWith(head) || !edited.endsWith(tail)) {
    throw new Error("the writer changed the stand-in document around the fragment");
  }
  return toFlatOpc(
    withoutHeaderFooterReferences(edited.slice(head.length, edited.length - tail.length))
  );
}

/**
 * Section breaks copied from the document refer to its headers and footers by relationship id,
 * which the inserted package does not have; without a reference a section keeps the previous
 * section's headers and footers, which is what a copy means.
 */
function withoutHeaderFooterReferences(markup: string): string {
  return markup.replace(/<[\w.-]+:(?:header|footer)Reference\b[^>]*?\/>/g, "");
}
