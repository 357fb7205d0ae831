/**
 * The document the fake Word holds: a mutable tree of its main part, the structure walks Word's
 * collections follow, and the edits Word's methods make. Objects hold elements of this tree, so
 * like Word's they keep pointing at the same table or paragraph when content is added elsewhere.
 */
import { readFlatOpc, WORDPROCESSINGML_NAMESPACES } from "../../../ooxml";
import { FakeOfficeError } from "./errors";
import { flatOpcPackage } from "./flat-opc-package";
import {
  cellParagraphs,
  collectDeep,
  continuesVerticalMerge,
  isWordElement,
  nestingLevel,
  prefixOf,
  rowCells,
  tableRows,
  wordChildElement,
} from "./word-elements";
import { escapeXmlText, paragraphText } from "./word-text";
import {
  elementChildren,
  insertAfter,
  insertBefore,
  insertNodes,
  isAttached,
  parseChildren,
  parseTree,
  removeChildren,
  replaceNode,
  serialize,
  type TreeElement,
  type TreeNode,
} from "./xml-tree";
import { parseXml, type XmlElement } from "../../../ooxml/xml";

/** Where a cell is, in the terms of the core's model (top-level table index, -1 when nested). */
export interface FakeCellLocation {
  tableIndex: number;
  rowIndex: number;
  cellIndex: number;
  nestingLevel: number;
}

export interface DocumentContentOptions {
  /** Whether `body.tables` lists nested tables too (after the table holding them). */
  bodyTablesIncludeNested: boolean;
}

export class DocumentContent {
  readonly root: TreeElement;
  readonly body: TreeElement;

  constructor(
    documentXml: string,
    readonly stylesXml: string | undefined,
    readonly options: DocumentContentOptions
  ) {
    this.root = parseTree(documentXml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>\s*/, ""));
    const body = wordChildElement(this.root, "body");
    if (!body) throw new Error("the fake needs a document with a w:body");
    this.body = body;
  }

  get xml(): string {
    return serialize(this.root);
  }

  contains(element: TreeElement): boolean {
    return isAttached(element, this.root);
  }

  /** What `body.tables` lists, in document order. */
  bodyTables(): TreeElement[] {
    const all = collectDeep(this.body, "tbl");
    return this.options.bodyTablesIncludeNested ? all : all.filter((t) => nestingLevel(t) === 1);
  }

  topLevelTables(): TreeElement[] {
    return collectDeep(this.body, "tbl").filter((table) => nestingLevel(table) === 1);
  }

  /** What `body.paragraphs` lists: every paragraph, those in tables included (WordApi 1.3). */
  paragraphs(): TreeElement[] {
    return collectDeep(this.body, "p");
  }

  locateCell(cell: TreeElement): FakeCellLocation {
    const row = nearest(cell, "tr");
    const table = nearest(cell, "tbl");
    return {
      tableIndex: this.topLevelTables().indexOf(table),
      rowIndex: tableRows(table).indexOf(row),
      cellIndex: rowCells(row).indexOf(cell),
      nestingLevel: nestingLevel(table),
    };
  }

  cellValue(cell: TreeElement): string {
    return cellParagraphs(cell).map(paragraphText).join("\r");
  }

  isContinuation(cell: TreeElement): boolean {
    return continuesVerticalMerge(cell);
  }

  /** The whole document as Word's `body.getOoxml()` gives it. */
  bodyPackage(): string {
    return flatOpcPackage(this.xml, this.stylesXml);
  }

  /** One element as a package of its own, closed by the body's final section properties. */
  elementPackage(element: TreeElement): string {
    const closing = isWordElement(element, "tbl") ? `<${prefixOf(element) || "w"}:p/>` : "";
    const section = this.finalSection();
    const documentXml =
      this.root.startTag +
      this.body.startTag +
      serialize(element) +
      closing +
      (section ? serialize(section) : "") +
      this.body.endTag +
      this.root.endTag;
    return flatOpcPackage(documentXml, this.stylesXml);
  }

  finalSection(): TreeElement | undefined {
    const last = elementChildren(this.body).at(-1);
    return last && isWordElement(last, "sectPr") ? last : undefined;
  }

  /** The blocks of a package's body (not its final section properties), ready to insert. */
  packageBlocks(flatOpc: string): TreeNode[] {
    let reading;
    try {
      reading = readFlatOpc(flatOpc);
    } catch (error) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `not a flat OPC package Word accepts: ${String(error)}`
      );
    }
    const { bodyContent, finalSectionProperties } = reading.sourceMap;
    const content = flatOpc.slice(
      bodyContent.start,
      finalSectionProperties?.start ?? bodyContent.end
    );
    const documentElement = findDocumentElement(parseXml(flatOpc).root);
    if (!documentElement)
      throw new FakeOfficeError("InvalidArgument", "the package has no document");
    const startTag = flatOpc.slice(documentElement.start, documentElement.contentStart);
    this.declareNamespaces(startTag);
    return parseChildren(content, startTag);
  }

  insertAfter(reference: TreeElement, nodes: TreeNode[]): void {
    insertAfter(reference, nodes);
  }

  insertBefore(reference: TreeElement, nodes: TreeNode[]): void {
    insertBefore(reference, nodes);
  }

  replace(element: TreeElement, nodes: TreeNode[]): void {
    replaceNode(element, nodes);
  }

  insertAtBodyStart(nodes: TreeNode[]): void {
    insertNodes(this.body, 0, nodes);
  }

  insertAtBodyEnd(nodes: TreeNode[]): void {
    const section = this.finalSection();
    if (section) insertBefore(section, nodes);
    else insertNodes(this.body, this.body.children.length, nodes);
  }

  /** New rows copied from `template` (its properties and its cells' formatting), with `values`. */
  insertRows(
    template: TreeElement,
    where: "Before" | "After",
    values: readonly string[][]
  ): TreeElement[] {
    const cellCount = rowCells(template).length;
    const rows = values.map((rowValues) => {
      if (rowValues.length > cellCount) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `${rowValues.length} values for a row of ${cellCount} cells`
        );
      }
      const [copy] = parseChildren(serialize(template), this.root.startTag);
      if (!copy || copy.kind !== "element") throw new Error("a row copies to a row");
      rowCells(copy).forEach((cell, index) => this.setCellText(cell, rowValues[index] ?? ""));
      return copy;
    });
    if (where === "After") insertAfter(template, rows);
    else insertBefore(template, rows);
    return rows;
  }

  /** Replaces a cell's content with `text`, one paragraph per line, keeping the first one's formatting. */
  setCellText(cell: TreeElement, text: string): void {
    const first = cellParagraphs(cell)[0];
    const paragraphProperties = first && wordChildElement(first, "pPr");
    const firstRun = first && elementChildren(first).find((child) => isWordElement(child, "r"));
    const runProperties = firstRun && wordChildElement(firstRun, "rPr");
    const w = prefixOf(cell) || "w";
    const pPr = paragraphProperties ? serialize(paragraphProperties) : "";
    const rPr = runProperties ? serialize(runProperties) : "";
    const markup = text
      .split("\n")
      .map(
        (line) =>
          `<${w}:p>${pPr}${line === "" ? "" : `<${w}:r>${rPr}<${w}:t xml:space="preserve">${escapeXmlText(line)}</${w}:t></${w}:r>`}</${w}:p>`
      )
      .join("");
    removeChildren(cell, (node) => !(node.kind === "element" && isWordElement(node, "tcPr")));
    insertNodes(cell, cell.children.length, parseChildren(markup, this.root.startTag));
  }

  /** Replaces a paragraph's runs with one run of `text`, formatted like its first run. */
  setParagraphText(paragraph: TreeElement, text: string): void {
    const firstRun = elementChildren(paragraph).find((child) => isWordElement(child, "r"));
    const runProperties = firstRun && wordChildElement(firstRun, "rPr");
    const w = prefixOf(paragraph) || "w";
    const rPr = runProperties ? serialize(runProperties) : "";
    removeChildren(paragraph, (node) => !(node.kind === "element" && isWordElement(node, "pPr")));
    const run = `<${w}:r>${rPr}<${w}:t xml:space="preserve">${escapeXmlText(text)}</${w}:t></${w}:r>`;
    insertNodes(paragraph, paragraph.children.length, parseChildren(run, this.root.startTag));
  }

  /** Adds to the document's root the namespace declarations inserted markup relies on. */
  private declareNamespaces(startTag: string): void {
    const declared = new Map(namespaceDeclarations(this.root.startTag));
    let additions = "";
    for (const [prefix, uri] of namespaceDeclarations(startTag)) {
      const existing = declared.get(prefix);
      if (existing === undefined) additions += ` xmlns:${prefix}="${uri}"`;
      else if (existing !== uri) {
        throw new FakeOfficeError("InvalidArgument", `the fake cannot remap prefix ${prefix}`);
      }
    }
    if (additions === "") return;
    const end = this.root.startTag.endsWith("/>") ? -2 : -1;
    this.root.startTag =
      this.root.startTag.slice(0, end) + additions + this.root.startTag.slice(end);
  }
}

function nearest(element: TreeElement, localName: string): TreeElement {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (isWordElement(parent, localName)) return parent;
  }
  throw new Error(`no enclosing ${localName}`);
}

function namespaceDeclarations(startTag: string): [string, string][] {
  return [...startTag.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].map((m) => [
    m[1] ?? "",
    m[2] ?? "",
  ]);
}

function findDocumentElement(element: XmlElement): XmlElement | undefined {
  if (element.localName === "document" && WORDPROCESSINGML_NAMESPACES.has(element.namespaceUri))
    return element;
  for (const child of element.children) {
    if (child.kind !== "element") continue;
    const found = findDocumentElement(child);
    if (found) return found;
  }
  return undefined;
}
