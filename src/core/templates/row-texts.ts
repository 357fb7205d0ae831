/** The texts of group rows and criterion cells, filled from a template's wordings and the catalog. */
import type { Criterion, Standard } from "../catalog/types";
import type { PlanTableTemplate } from "./types";

// One pass with a function, so nothing in a title is read as a placeholder or a "$&" pattern.
function fill(wording: string, code: string, title: string): string {
  return wording.replace(/\{(code|title)\}/g, (_match, name: string) =>
    name === "code" ? code : title
  );
}

/** "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên" */
export function standardGroupText(template: PlanTableTemplate, standard: Standard): string {
  return fill(template.texts.standardGroup, standard.code, standard.title);
}

/** "Tiêu chí 2.3: Đối với nhân viên" */
export function criterionCellText(template: PlanTableTemplate, criterion: Criterion): string {
  return fill(template.texts.criterion, criterion.code, criterion.title);
}
