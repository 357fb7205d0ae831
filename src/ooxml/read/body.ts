import type { Block, DocumentModel } from "../../core/model/document";
import { childElements, type XmlElement } from "../xml";
import { forEachBlock } from "./block-content";
import type { ReadContext } from "./context";
import { readParagraph } from "./paragraph";
import type {
  ContentControlSource,
  DocumentSourceMap,
  SourceRange,
  TableSource,
} from "./source-map";
import { readTable } from "./table";
import { isWord, propertyValue, wordChild } from "./word-names";

export interface DocumentReading {
  readonly model: DocumentModel;
  readonly sourceMap: DocumentSourceMap;
}

interface OpenContentControl {
  readonly element: XmlElement;
  readonly tag: string | undefined;
  readonly firstBlockIndex: number;
  /** Index in the list of content controls, filled in on exit. */
  readonly listIndex: number;
}

/** Reads `w:body` into blocks, with the source map of the string it was parsed from. */
export function readBody(body: XmlElement, context: ReadContext): DocumentReading {
  const blocks: Block[] = [];
  const blockSources: SourceRange[] = [];
  const tableSources: TableSource[] = [];
  const contentControls: ContentControlSource[] = [];
  const openContentControls: OpenContentControl[] = [];

  forEachBlock(body, {
    paragraph(element) {
      blocks.push({
        kind: "paragraph",
        blockIndex: blocks.length,
        ...readParagraph(element, context),
      });
      blockSources.push({ start: element.start, end: element.end });
    },
    table(element) {
      const position = { blockIndex: blocks.length, tableIndex: tableSources.length };
      const { table, source } = readTable(element, context, position);
      const tag = innermostTag(openContentControls);
      blocks.push(tag === undefined ? table : { ...table, contentControlTag: tag });
      blockSources.push({ start: element.start, end: element.end });
      tableSources.push(source);
    },
    enterContentControl(element) {
      const tag = propertyValue(wordChild(element, "sdtPr"), "tag");
      openContentControls.push({
        element,
        tag,
        firstBlockIndex: blocks.length,
        listIndex: contentControls.length,
      });
      contentControls.push({
        start: element.start,
        end: element.end,
        tag,
        firstBlockIndex: blocks.length,
        blockCount: 0,
      });
    },
    exitContentControl() {
      const open = openContentControls.pop();
      if (!open) return;
      const { element, tag, firstBlockIndex } = open;
      contentControls[open.listIndex] = {
        start: element.start,
        end: element.end,
        tag,
        firstBlockIndex,
        blockCount: blocks.length - firstBlockIndex,
      };
    },
  });

  return {
    model: { blocks },
    sourceMap: {
      blocks: blockSources,
      tables: tableSources,
      contentControls,
      bodyContent: { start: body.contentStart, end: body.contentEnd },
      finalSectionProperties: finalSectionProperties(body),
    },
  };
}

function innermostTag(open: readonly OpenContentControl[]): string | undefined {
  for (let i = open.length - 1; i >= 0; i--) {
    const tag = open[i]?.tag;
    if (tag !== undefined) return tag;
  }
  return undefined;
}

function finalSectionProperties(body: XmlElement): SourceRange | undefined {
  let last: XmlElement | undefined;
  for (const child of childElements(body)) last = child;
  return last && isWord(last, "sectPr") ? { start: last.start, end: last.end } : undefined;
}
