import type { BlockSpec, FragmentSpec, TableSpec } from "../../core/edits/spec";
import { ContentControlIds, contentControlXml } from "./content-control";
import { emptyParagraphXml, renderParagraph } from "./paragraph-xml";
import { renderTable, type TableLayout } from "./table-xml";

export interface BlocksRendering {
  readonly xml: string;
  /** Kind of the first and last top-level block written; undefined when nothing was. */
  readonly first: BlockSpec["kind"] | undefined;
  readonly last: BlockSpec["kind"] | undefined;
}

/** A table, inside a content control tagged with its marker when it has one. */
export function renderTableBlock(
  spec: TableSpec,
  layout: TableLayout,
  ids: ContentControlIds
): string {
  const table = renderTable(spec, layout);
  return spec.marker === undefined
    ? table
    : contentControlXml(spec.marker, ids.next(spec.marker), table);
}

/**
 * A fragment's blocks (not its section: see `composeInsertion`), wrapped in a content control
 * tagged with its marker. Two tables in a row get an empty paragraph between them, which Word
 * would otherwise merge into one table; a marked fragment with no blocks still holds one
 * paragraph, as a content control must.
 */
export function renderFragmentBlocks(
  fragment: FragmentSpec,
  layout: TableLayout,
  ids: ContentControlIds
): BlocksRendering {
  let xml = "";
  let previous: BlockSpec["kind"] | undefined;
  for (const block of fragment.blocks) {
    if (block.kind === "table") {
      if (previous === "table") xml += emptyParagraphXml();
      xml += renderTableBlock(block, layout, ids);
    } else {
      xml += renderParagraph(block);
    }
    previous = block.kind;
  }
  const first = fragment.blocks[0]?.kind;
  if (fragment.marker === undefined) return { xml, first, last: previous };
  if (xml === "") {
    xml = emptyParagraphXml();
    previous = "paragraph";
  }
  const wrapped = contentControlXml(fragment.marker, ids.next(fragment.marker), xml);
  return { xml: wrapped, first: first ?? "paragraph", last: previous };
}
