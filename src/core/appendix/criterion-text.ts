/**
 * The criterion and standard wordings of the appendix: official titles from the catalog, in the
 * template's wording ("Tiêu chí 3.2: Khối phòng nhóm trẻ, …", "Tiêu chuẩn 2: …"). A code the catalog
 * does not have keeps the plan's own title, so nothing is made up.
 */
import { findCriterion, findStandard } from "../catalog";
import type { Catalog } from "../catalog";
import type { ActionRow } from "../model/plan";
import { normalizeText } from "../text";
import type { PlanTableTemplate } from "../templates";
import { criterionCellText, standardGroupText } from "../templates";

export interface Wording {
  catalog: Catalog;
  template: PlanTableTemplate;
}

function labelWith(prefix: string, title: string | undefined): string {
  const written = normalizeText(title ?? "");
  return written === "" ? prefix : `${prefix}: ${written}`;
}

/** "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên" */
export function standardText(wording: Wording, code: string, titleAsWritten?: string): string {
  const standard = findStandard(wording.catalog, code);
  return standard
    ? standardGroupText(wording.template, standard)
    : labelWith(`Tiêu chuẩn ${code}`, titleAsWritten);
}

/**
 * The row's criterion ("Tiêu chí 3.2: …"), or its standard for plans written without criterion
 * codes, or "" when the plan says neither.
 */
export function criterionText(wording: Wording, row: ActionRow): string {
  if (row.criterionCode !== undefined) {
    const criterion = findCriterion(wording.catalog, row.criterionCode);
    return criterion
      ? criterionCellText(wording.template, criterion)
      : labelWith(`Tiêu chí ${row.criterionCode}`, row.criterionTitleAsWritten);
  }
  return row.standardCode === undefined ? "" : standardText(wording, row.standardCode);
}
