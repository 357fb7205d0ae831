import type { CellLocation } from "../../core/model/document";
import { wordChild } from "../read/word-names";
import { forEachWrapped } from "../read/wrapped-elements";
import type { XmlElement } from "../xml";
import type { EditableDocument } from "./editable-document";
import { OoxmlWriteError } from "./errors";
import { checkRowIndex } from "./plan-rows";
import { openingTag } from "./rewrite-properties";
import type { Splice } from "./splices";
import { rangeMarkers } from "./range-markers";
import { templateParagraphXml, textTemplateOf } from "./text-template";
import { removeNonXmlCharacters } from "./xml-text";

/**
 * Replaces a cell's text, one paragraph per line ("\n", "\r\n" or "\r"), formatted like the
 * cell's first paragraph and first run. The cell's properties stay as written. Bookmarks, comment
 * ranges and editing permissions in the old text are kept (at the start of the new text) so their
 * pairs stay whole.
 * A legacy horizontally merged cell keeps its `w:tc` elements: the text goes in the first, the
 * others are emptied. Refused when the cell no longer holds `expectedText`, or holds a nested
 * table, which replacing the text would destroy.
 */
export function planCellText(
  document: EditableDocument,
  location: CellLocation,
  expectedText: string,
  text: string,
  editIndex: number
): Splice[] {
  const { table, source } = document.table(location.tableIndex);
  checkRowIndex(location.rowIndex, table.rows.length, "edit");
  const row = table.rows[location.rowIndex]!;
  const cell = row.cells[location.cellIndex];
  if (!Number.isInteger(location.cellIndex) || !cell) {
    throw new OoxmlWriteError(
      "not-found",
      `row ${location.rowIndex} of table ${location.tableIndex} has no cell ${location.cellIndex} (${row.cells.length} cells)`
    );
  }
  if (cell.text !== expectedText) {
    throw new OoxmlWriteError(
      "stale",
      `the cell holds ${JSON.stringify(cell.text)}, not ${JSON.stringify(expectedText)}`
    );
  }
  if (cell.nestedTables.length > 0) {
    throw new OoxmlWriteError("not-supported", "the cell holds a nested table");
  }
  const rowSource = source.rows[location.rowIndex]!;
  const range = rowSource.cells[location.cellIndex]!;
  const elements: XmlElement[] = [];
  forEachWrapped(document.elementAt(rowSource.start), "tc", (element) => {
    if (element.start >= range.start && element.end <= range.end) elements.push(element);
  });
  const markers = elements
    .flatMap((element) => rangeMarkers(document.source, element, "tcPr"))
    .join("");
  return elements.map((element, index) => {
    const template = textTemplateOf(element);
    const lines = index === 0 ? removeNonXmlCharacters(text).split(/\r\n|\r|\n/) : [""];
    const paragraphs = lines.map((line, lineIndex) =>
      templateParagraphXml(
        document.source,
        template,
        line === "" ? [] : [{ text: line }],
        undefined,
        index === 0 && lineIndex === 0 ? markers : ""
      )
    );
    const properties = wordChild(element, "tcPr");
    const markup =
      openingTag(document.source, element) +
      (properties ? document.source.slice(properties.start, properties.end) : "") +
      paragraphs.join("") +
      `</${element.qualifiedName}>`;
    return { start: element.start, end: element.end, markup, editIndex };
  });
}
