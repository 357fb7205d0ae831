/** Plan-table templates as data: columns, widths, header and group-row wordings per framework. */
export {
  TEMPLATE_IDS,
  TEMPLATE_ROLES,
  type PageOrientation,
  type PlanTableTemplate,
  type TemplateColumn,
  type TemplateId,
  type TemplateRole,
  type TemplateTexts,
} from "./types";
export { TemplateDataError, parsePlanTableTemplate } from "./schema";
export {
  listPlanTableTemplates,
  planTableTemplateFor,
  planTableTemplateForFramework,
} from "./registry";
export { criterionCellText, standardGroupText } from "./row-texts";
