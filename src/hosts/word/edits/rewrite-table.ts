/**
 * A table rewritten through its own Office Open XML: Word gives the table's package
 * (`table.getRange().getOoxml()`), the project's writer applies the edits to its main part —
 * rows with merged cells, formatting copied from the right rows, checked cell texts — and the
 * result replaces the table (`insertOoxml(…, "Replace")`).
 */
import type { DocumentEdit } from "../../../core/edits/edit";
import { applyEditsToDocumentXml, parseXml, readDocumentXml } from "../../../ooxml";
import { documentElementOf } from "./package-parts";

/**
 * The package with `edits` (written for table 0 of the package) applied. Word closes a body that
 * ends with a table with an empty paragraph; it is left out, or every rewrite would add one
 * after the table.
 */
export function rewriteTablePackage(flatOpc: string, edits: DocumentEdit[]): string {
  const element = documentElementOf(parseXml(flatOpc).root);
  if (!element) throw new Error("Word's table package has no main document part");
  const documentXml = flatOpc.slice(element.start, element.end);
  const edited = withoutClosingParagraph(applyEditsToDocumentXml(documentXml, edits));
  return flatOpc.slice(0, element.start) + edited + flatOpc.slice(element.end);
}

/** Rows of the first table in a table's package, to check it is the table the model knows. */
export function packageTableRowCount(flatOpc: string): number | undefined {
  const element = documentElementOf(parseXml(flatOpc).root);
  if (!element) return undefined;
  const { model } = readDocumentXml(flatOpc.slice(element.start, element.end));
  const table = model.blocks.find((block) => block.kind === "table");
  return table?.kind === "table" ? table.rows.length : undefined;
}

function withoutClosingParagraph(documentXml: string): string {
  const { model, sourceMap } = readDocumentXml(documentXml);
  const last = model.blocks.at(-1);
  const beforeLast = model.blocks.at(-2);
  if (last?.kind !== "paragraph" || last.text !== "" || beforeLast?.kind !== "table") {
    return documentXml;
  }
  const range = sourceMap.blocks[last.blockIndex];
  if (!range) return documentXml;
  return documentXml.slice(0, range.start) + documentXml.slice(range.end);
}
