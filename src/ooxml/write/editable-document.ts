import type { DocumentModel, TableBlock } from "../../core/model/document";
import { readDocumentElement } from "../read/document";
import type { DocumentSourceMap, TableSource } from "../read/source-map";
import { StyleSheet } from "../read/style-sheet";
import { isWord, wordAttribute, wordChild } from "../read/word-names";
import { parseXml, type XmlElement, type XmlNode } from "../xml";
import { ContentControlIds } from "./content-control";
import { OoxmlWriteError } from "./errors";
import type { SectionSource } from "./section-properties";
import { WORD_NAMESPACE } from "./word-namespace";

export interface TableAt {
  readonly table: TableBlock;
  readonly source: TableSource;
}

/**
 * One reading of a main document part that every edit of a batch is planned against: the
 * parsed tree (to copy formatting from), the model and the source map (to find offsets).
 */
export class EditableDocument {
  readonly ids: ContentControlIds;
  /** The body does not bind our `w` prefix to WordprocessingML (see `declareWordPrefix`). */
  readonly needsWordPrefix: boolean;

  private constructor(
    readonly source: string,
    readonly body: XmlElement,
    readonly model: DocumentModel,
    readonly sourceMap: DocumentSourceMap
  ) {
    this.ids = new ContentControlIds(contentControlIds(body));
    this.needsWordPrefix = body.prefix !== "w";
  }

  /** Throws the reader's errors for XML that is malformed or not a document. */
  static read(source: string): EditableDocument {
    const { root } = parseXml(source);
    const { model, sourceMap } = readDocumentElement(root, StyleSheet.empty);
    if (root.namespaceUri !== WORD_NAMESPACE) {
      throw new OoxmlWriteError(
        "not-supported",
        `documents in ${root.namespaceUri} (Strict OOXML) are read but not edited`
      );
    }
    const body = wordChild(root, "body");
    if (!body) throw new OoxmlWriteError("not-supported", "the document has no body");
    return new EditableDocument(source, body, model, sourceMap);
  }

  /** The element that starts at `start` (a block, row or cell from the source map). */
  elementAt(start: number): XmlElement {
    let node: XmlElement = this.body;
    while (node.start !== start) {
      const child = childContaining(node.children, start);
      if (!child) throw new Error(`no element starts at offset ${start}`);
      node = child;
    }
    return node;
  }

  table(tableIndex: number): TableAt {
    const source = this.sourceMap.tables[tableIndex];
    const block = source && this.model.blocks[source.blockIndex];
    if (!Number.isInteger(tableIndex) || !source || block?.kind !== "table") {
      const count = this.sourceMap.tables.length;
      throw new OoxmlWriteError("not-found", `there is no table ${tableIndex} (${count} tables)`);
    }
    return { table: block, source };
  }

  /** Whether block `blockIndex` is a paragraph that ends a section (carries a `w:sectPr`). */
  endsSection(blockIndex: number): boolean {
    return this.paragraphSection(blockIndex) !== undefined;
  }

  /**
   * The section that holds block `blockIndex` (or a block inserted there): the first section
   * break at or after it, or else the body's final `w:sectPr`.
   */
  sectionFrom(blockIndex: number): SectionSource {
    for (let index = blockIndex; index < this.model.blocks.length; index++) {
      const element = this.paragraphSection(index);
      if (element) return { source: this.source, element };
    }
    const final = this.sourceMap.finalSectionProperties;
    return { source: this.source, element: final && this.elementAt(final.start) };
  }

  private paragraphSection(blockIndex: number): XmlElement | undefined {
    const block = this.model.blocks[blockIndex];
    const range = this.sourceMap.blocks[blockIndex];
    if (block?.kind !== "paragraph" || !range) return undefined;
    return wordChild(wordChild(this.elementAt(range.start), "pPr"), "sectPr");
  }
}

/** Binary search: children are in document order and do not overlap. */
function childContaining(children: readonly XmlNode[], offset: number): XmlElement | undefined {
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const child = children[middle]!;
    if (offset < child.start) high = middle - 1;
    else if (offset >= child.end) low = middle + 1;
    else return child.kind === "element" ? child : undefined;
  }
  return undefined;
}

/** Ids of the content controls already in the body, which new ones must not reuse. */
function contentControlIds(body: XmlElement): number[] {
  const ids: number[] = [];
  const visit = (element: XmlElement): void => {
    for (const child of element.children) {
      if (child.kind !== "element") continue;
      if (isWord(child, "sdtPr")) {
        const id = Number(wordAttribute(wordChild(child, "id"), "val"));
        if (Number.isInteger(id)) ids.push(id);
      } else {
        visit(child);
      }
    }
  };
  visit(body);
  return ids;
}
