/**
 * How a table writes what we add: the criterion as a bare code ("2.3") or in full, the standard
 * column as a bare code or in full, group rows bold or not. Read from the rows already there.
 */
import { normalizeCriterionCode, normalizeStandardCode } from "../catalog/codes";
import type { Criterion, Standard } from "../catalog/types";
import { cellAtLocation } from "./document-tables";
import { standardGroupRows, type TableView } from "./table-view";
import type { DocumentModel } from "../model/document";
import type { ActionRow } from "../model/plan";
import { criterionCellText, standardGroupText } from "../templates/row-texts";
import type { PlanTableTemplate } from "../templates/types";

export interface TableStyle {
  criterionText(criterion: Criterion): string;
  standardText(standard: Standard): string;
  groupRowsBold: boolean;
}

function actionRows(view: TableView): ActionRow[] {
  return view.rows.filter((row): row is ActionRow => row.kind === "action");
}

/** True when the cells have text and every text is a bare code. */
function allBareCodes(texts: readonly string[], isCode: (text: string) => boolean): boolean {
  const written = texts.map((text) => text.trim()).filter((text) => text !== "");
  return written.length > 0 && written.every(isCode);
}

export function tableStyle(
  document: DocumentModel,
  view: TableView,
  template: PlanTableTemplate
): TableStyle {
  const rows = actionRows(view);
  const criterionCodesOnly = allBareCodes(
    rows.map((row) => row.cells.criterion?.text ?? ""),
    (text) => normalizeCriterionCode(text) !== undefined
  );
  const standardCodesOnly =
    criterionCodesOnly ||
    allBareCodes(
      rows.map((row) => row.cells.standard?.text ?? ""),
      (text) => normalizeStandardCode(text) !== undefined
    );
  const group = standardGroupRows(view)[0];
  const groupTitle = group && cellAtLocation(document, group.cell.location);
  const groupRowsBold =
    !groupTitle || groupTitle.paragraphs.length === 0 || groupTitle.paragraphs.some((p) => p.bold);
  return {
    criterionText: (criterion) =>
      criterionCodesOnly ? criterion.code : criterionCellText(template, criterion),
    standardText: (standard) =>
      standardCodesOnly ? standard.code : standardGroupText(template, standard),
    groupRowsBold,
  };
}
