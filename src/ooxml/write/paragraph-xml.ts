import type { ParagraphSpec, SpecAlignment, SpecRun } from "../../core/edits/spec";
import { BODY_SIZE_PT, BODY_SPACING_AFTER_PT } from "./house-style";
import { runPropertiesXml, runXml, type RunFormat } from "./run-xml";
import { checkedSize } from "./spec-checks";
import { pointsToTwips } from "./units";

export interface ParagraphLayout {
  readonly alignment?: SpecAlignment;
  readonly spacingAfterTwips: number;
  readonly pageBreakBefore?: boolean;
}

const JUSTIFICATION: Readonly<Record<SpecAlignment, string>> = {
  left: "left",
  center: "center",
  right: "right",
  justify: "both",
};

export function justificationXml(alignment: SpecAlignment): string {
  return `<w:jc w:val="${JUSTIFICATION[alignment]}"/>`;
}

/**
 * A paragraph of our own. Spacing and indentation are stated outright so the document's Normal
 * style (often with a first-line indent and space after) cannot leak into tables; the paragraph
 * mark carries the run format too, so an empty paragraph is as tall as a written one.
 */
export function paragraphXml(
  runs: readonly SpecRun[],
  layout: ParagraphLayout,
  format: RunFormat,
  sectionPropertiesXml = ""
): string {
  const properties =
    "<w:pPr>" +
    (layout.pageBreakBefore ? "<w:pageBreakBefore/>" : "") +
    `<w:spacing w:before="0" w:after="${layout.spacingAfterTwips}" w:line="240" w:lineRule="auto"/>` +
    `<w:ind w:left="0" w:right="0" w:firstLine="0"/>` +
    (layout.alignment ? justificationXml(layout.alignment) : "") +
    runPropertiesXml(format) +
    sectionPropertiesXml +
    "</w:pPr>";
  const content = runs
    .map((run) =>
      runXml(
        run.text,
        runPropertiesXml({
          sizePt: format.sizePt,
          bold: run.bold ?? format.bold,
          italic: run.italic ?? format.italic,
        })
      )
    )
    .join("");
  return `<w:p>${properties}${content}</w:p>`;
}

/** A body paragraph from the spec: 13 pt unless stated, 6 pt after unless stated. */
export function renderParagraph(spec: ParagraphSpec): string {
  const sizePt = checkedSize(spec.sizePt, BODY_SIZE_PT);
  const spacingAfterPt = spec.spacingAfterPt ?? BODY_SPACING_AFTER_PT;
  return paragraphXml(
    spec.runs,
    {
      alignment: spec.alignment,
      spacingAfterTwips: pointsToTwips(Math.max(0, spacingAfterPt)),
      pageBreakBefore: spec.pageBreakBefore,
    },
    { sizePt, bold: false, italic: false }
  );
}

/** An empty body paragraph, between two tables (which Word would otherwise join into one). */
export function emptyParagraphXml(): string {
  return paragraphXml(
    [],
    { spacingAfterTwips: 0 },
    { sizePt: BODY_SIZE_PT, bold: false, italic: false }
  );
}

/**
 * An empty paragraph one point tall, for the paragraphs nobody types in: one that only carries a
 * section's properties, or the one the body must end with after a final table. A full-height
 * paragraph after a table that fills its page would spill onto a blank page of its own.
 */
export function spacerParagraphXml(sectionPropertiesXml = ""): string {
  return (
    "<w:p><w:pPr>" +
    `<w:spacing w:before="0" w:after="0" w:line="${SPACER_HEIGHT_TWIPS}" w:lineRule="exact"/>` +
    runPropertiesXml({ sizePt: SPACER_HEIGHT_TWIPS / 20, bold: false, italic: false }) +
    sectionPropertiesXml +
    "</w:pPr></w:p>"
  );
}

const SPACER_HEIGHT_TWIPS = 20;
