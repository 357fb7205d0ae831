import type { TableSpec } from "../../core/edits/spec";
import { renderTable } from "./table-xml";
import { contentControlXml } from "./content-control";
import type { EditableDocument } from "./editable-document";
import { sectionTextWidth } from "./section-properties";
import type { Splice } from "./splices";

/**
 * Replaces a top-level table, fitted to the width of the section it is in. A content control
 * wrapping exactly that table stays (with its tag, even if the spec's marker differs: it is
 * someone's, or ours from before); a marker on an unwrapped table adds one.
 */
export function planTableReplacement(
  document: EditableDocument,
  tableIndex: number,
  spec: TableSpec,
  editIndex: number
): Splice {
  const { table, source } = document.table(tableIndex);
  const layout = { textWidthTwips: sectionTextWidth(document.sectionFrom(table.blockIndex)) };
  const rendered = renderTable(spec, layout);
  const wrapped = document.sourceMap.contentControls.some(
    (control) => control.firstBlockIndex === table.blockIndex && control.blockCount === 1
  );
  const markup =
    spec.marker === undefined || wrapped
      ? rendered
      : contentControlXml(spec.marker, document.ids.next(spec.marker), rendered);
  return { start: source.start, end: source.end, markup, editIndex };
}
