import type { RowSpec } from "../../core/edits/spec";
import { GROUP_ROW_FILL } from "./house-style";
import type { PlacedCell } from "./grid-mapping";
import {
  CELL_PROPERTY_ORDER,
  ROW_PROPERTY_ORDER,
  TABLE_PROPERTY_EXCEPTION_ORDER,
} from "./property-order";
import { rewriteProperties } from "./rewrite-properties";
import type { RowTemplate } from "./row-template";
import { NO_TEXT_TEMPLATE, templateParagraphXml } from "./text-template";
import { wordAttribute, wordChild } from "../read/word-names";

/**
 * A new row formatted like an existing one: its `w:tblPrEx` and `w:trPr`, and for each cell the
 * template cell's `w:tcPr` (borders, fill, margins) and text formatting. Widths, spans and
 * vertical merges come from the placement and the spec only: a copied `w:vMerge` would silently
 * continue a merge from the row above. Hidden rows, tracked changes and exact row heights (which
 * would clip longer text) are not copied.
 */
export function templateRowXml(
  source: string,
  spec: RowSpec,
  template: RowTemplate,
  cells: readonly PlacedCell[],
  gridColumnWidths: readonly number[]
): string {
  const exceptions = rewriteProperties(
    source,
    template.exceptions,
    "tblPrEx",
    TABLE_PROPERTY_EXCEPTION_ORDER,
    { remove: ["tblPrExChange"] }
  );
  const height = wordChild(template.properties, "trHeight");
  const rowProperties = rewriteProperties(source, template.properties, "trPr", ROW_PROPERTY_ORDER, {
    set: spec.kind === "header" ? { tblHeader: "<w:tblHeader/>" } : {},
    remove: [
      "hidden",
      "ins",
      "del",
      "trPrChange",
      ...(spec.kind === "header" ? [] : ["tblHeader"]),
      ...(wordAttribute(height, "hRule") === "exact" ? ["trHeight"] : []),
    ],
  });
  const cellsXml = cells.map((cell) => cellXml(source, cell, gridColumnWidths)).join("");
  return `<w:tr>${exceptions}${rowProperties}${cellsXml}</w:tr>`;
}

function cellXml(source: string, placed: PlacedCell, gridColumnWidths: readonly number[]): string {
  const { spec, template } = placed;
  const set: Record<string, string> = {};
  const remove = ["hMerge", "cellIns", "cellDel", "cellMerge", "tcPrChange"];
  const width = spannedWidth(gridColumnWidths, placed.gridColumn, placed.gridSpan);
  if (width !== undefined) set.tcW = `<w:tcW w:w="${width}" w:type="dxa"/>`;
  else if (template?.cell.gridSpan !== placed.gridSpan) remove.push("tcW");
  if (placed.gridSpan > 1) set.gridSpan = `<w:gridSpan w:val="${placed.gridSpan}"/>`;
  else remove.push("gridSpan");
  if (spec.verticalMerge) set.vMerge = `<w:vMerge w:val="${spec.verticalMerge}"/>`;
  else remove.push("vMerge");
  if (spec.verticalAlignment) set.vAlign = `<w:vAlign w:val="${spec.verticalAlignment}"/>`;
  if (spec.shaded === true)
    set.shd = `<w:shd w:val="clear" w:color="auto" w:fill="${GROUP_ROW_FILL}"/>`;
  if (spec.shaded === false) remove.push("shd");
  const properties = rewriteProperties(source, template?.properties, "tcPr", CELL_PROPERTY_ORDER, {
    set,
    remove,
  });
  const text = template?.text ?? NO_TEXT_TEMPLATE;
  const paragraphs = spec.paragraphs.length === 0 ? [[]] : spec.paragraphs;
  const content = paragraphs
    .map((runs) => templateParagraphXml(source, text, runs, spec.alignment))
    .join("");
  return `<w:tc>${properties}${content}</w:tc>`;
}

/** The width of grid columns [first, first + span), when the table's grid states them all. */
function spannedWidth(widths: readonly number[], first: number, span: number): number | undefined {
  const spanned = widths.slice(first, first + span);
  if (spanned.length !== span || spanned.some((width) => !(width > 0))) return undefined;
  return spanned.reduce((sum, width) => sum + width, 0);
}
