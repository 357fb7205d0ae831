/** Specs, edits and XML queries shared by the writer's tests. */
import type { DocumentEdit } from "../../../src/core/edits/edit";
import type {
  CellSpec,
  FragmentSpec,
  RowKind,
  RowSpec,
  SpecRun,
  TableSpec,
} from "../../../src/core/edits/spec";
import type { DocumentModel, TableBlock } from "../../../src/core/model/document";
import {
  applyEditsToDocumentXml,
  parseXml,
  readDocumentXml,
  WORDPROCESSINGML_NAMESPACES,
  type XmlElement,
} from "../../../src/ooxml";
import { W_NAMESPACE } from "../documents";

/** A cell of one plain paragraph (or of the given runs). */
export function cell(
  content: string | SpecRun[],
  options: Omit<CellSpec, "paragraphs"> = {}
): CellSpec {
  const runs = typeof content === "string" ? [{ text: content }] : content;
  return { paragraphs: [runs], ...options };
}

export function row(kind: RowKind, ...cells: CellSpec[]): RowSpec {
  return { kind, cells };
}

/** A 3-column table: one header row, a group row across it, two data rows. */
export function smallTable(overrides: Partial<TableSpec> = {}): TableSpec {
  return {
    kind: "table",
    columnWeights: [1, 3, 2],
    headerRows: [row("header", cell("TT"), cell("Nội dung"), cell("Thời gian"))],
    bodyRows: [
      row("group", cell("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", { span: 3 })),
      row("data", cell("1"), cell("Rà soát hồ sơ"), cell("9/2025")),
      row("data", cell("2"), cell("Kiểm tra nội bộ"), cell("Cả năm")),
    ],
    ...overrides,
  };
}

export function fragmentOf(...blocks: FragmentSpec["blocks"]): FragmentSpec {
  return { blocks };
}

export function insertAtEnd(fragment: FragmentSpec): DocumentEdit {
  return { kind: "insertFragment", fragment, at: { kind: "end" } };
}

export function insertAfter(blockIndex: number, fragment: FragmentSpec): DocumentEdit {
  return { kind: "insertFragment", fragment, at: { kind: "afterBlock", blockIndex } };
}

/** Applies the edits and reads the result back. */
export function applyAndRead(
  documentXml: string,
  edits: DocumentEdit[]
): { xml: string; model: DocumentModel } {
  const xml = applyEditsToDocumentXml(documentXml, edits);
  return { xml, model: readDocumentXml(xml).model };
}

export function tableAt(model: DocumentModel, blockIndex: number): TableBlock {
  const block = model.blocks[blockIndex];
  if (block?.kind !== "table") throw new Error(`block ${blockIndex} is not a table`);
  return block;
}

/** Parses a document, a package, or bare body content (given a root that binds `w`). */
export function parseMarkup(xml: string): XmlElement {
  const whole = /^(<\?xml|<w:document|<pkg:)/.test(xml);
  return parseXml(whole ? xml : `<root xmlns:w="${W_NAMESPACE}">${xml}</root>`).root;
}

/** Every WordprocessingML element with this local name, in document order. */
export function wordElements(xmlOrElement: string | XmlElement, localName: string): XmlElement[] {
  const root = typeof xmlOrElement === "string" ? parseMarkup(xmlOrElement) : xmlOrElement;
  const found: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    if (element.localName === localName && WORDPROCESSINGML_NAMESPACES.has(element.namespaceUri))
      found.push(element);
    for (const child of element.children) if (child.kind === "element") visit(child);
  };
  visit(root);
  return found;
}

/** The `w:` attribute of an element. */
export function wordValue(element: XmlElement | undefined, name = "val"): string | undefined {
  return element?.attributes.find(
    (attribute) =>
      attribute.localName === name && WORDPROCESSINGML_NAMESPACES.has(attribute.namespaceUri)
  )?.value;
}

export function childNamed(
  element: XmlElement | undefined,
  localName: string
): XmlElement | undefined {
  for (const child of element?.children ?? []) {
    if (child.kind === "element" && child.localName === localName) return child;
  }
  return undefined;
}

/** The body's element children, by local name, in order (blocks, content controls, sectPr). */
export function bodyChildren(xml: string): XmlElement[] {
  const body = wordElements(xml, "body")[0]!;
  return body.children.filter((child): child is XmlElement => child.kind === "element");
}

export function sliceOf(xml: string, element: XmlElement): string {
  return xml.slice(element.start, element.end);
}
