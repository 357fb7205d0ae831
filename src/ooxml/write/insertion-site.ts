import type { InsertPosition } from "../../core/edits/edit";
import type { SourceRange } from "../read/source-map";
import type { EditableDocument } from "./editable-document";
import { OoxmlWriteError } from "./errors";
import type { SectionSource } from "./section-properties";

/** What comes just before an insertion point, which decides the separators it needs. */
export type Preceding = "table" | "paragraph" | "section-break" | "nothing";

/** Where inserted blocks go, and what surrounds that place. */
export interface InsertionSite {
  /** Same key, same place: insertions there are combined in the order of their edits. */
  readonly key: string;
  readonly offset: number;
  /** At the end of the body, just before its final `w:sectPr`. */
  readonly atEnd: boolean;
  /** At the end: the body's final `w:sectPr`, which a landscape ending replaces. */
  readonly finalSection: SourceRange | undefined;
  /** The section the inserted blocks join. */
  readonly section: SectionSource;
  readonly preceding: Preceding;
  readonly followedByTable: boolean;
}

/**
 * Resolves an insert position against the document. A file has no cursor, so "cursor" means
 * the end, as does "after the last block" (whatever follows it is not a block: the final
 * section properties, bookmark ends). After a block that is the last one in a content control,
 * the insertion goes after the control, so it does not become part of someone else's control.
 */
export function insertionSite(document: EditableDocument, at: InsertPosition): InsertionSite {
  const { blocks } = document.model;
  if (at.kind === "afterBlock") {
    const index = at.blockIndex;
    if (!Number.isInteger(index) || index < 0 || index >= blocks.length) {
      throw new OoxmlWriteError(
        "not-found",
        `there is no block ${index} to insert after (${blocks.length} blocks)`
      );
    }
    if (index < blocks.length - 1) {
      return {
        key: `after:${index}`,
        offset: offsetAfterBlock(document, index),
        atEnd: false,
        finalSection: undefined,
        section: document.sectionFrom(index + 1),
        preceding: precedingBlock(document, index),
        followedByTable: blocks[index + 1]?.kind === "table",
      };
    }
  }
  const { finalSectionProperties, bodyContent } = document.sourceMap;
  return {
    key: "end",
    offset: finalSectionProperties?.start ?? bodyContent.end,
    atEnd: true,
    finalSection: finalSectionProperties,
    section: document.sectionFrom(blocks.length),
    preceding: blocks.length === 0 ? "nothing" : precedingBlock(document, blocks.length - 1),
    followedByTable: false,
  };
}

function precedingBlock(document: EditableDocument, index: number): Preceding {
  if (document.model.blocks[index]?.kind === "table") return "table";
  return document.endsSection(index) ? "section-break" : "paragraph";
}

function offsetAfterBlock(document: EditableDocument, index: number): number {
  let offset = document.sourceMap.blocks[index]!.end;
  for (const control of document.sourceMap.contentControls) {
    const lastBlock = control.firstBlockIndex + control.blockCount - 1;
    if (control.blockCount > 0 && lastBlock === index && control.end > offset) offset = control.end;
  }
  return offset;
}
