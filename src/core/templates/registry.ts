/**
 * The shipped plan-table templates, validated once when this module loads: a bad data edit fails
 * every test and the build's first import, never a user's document.
 */
import { getCatalog } from "../catalog/registry";
import type { CatalogId, Framework } from "../catalog/types";
import { PLAN_TABLE_2018_DATA } from "./plan-table-2018";
import { PLAN_TABLE_TT57_DATA } from "./plan-table-tt57";
import { parsePlanTableTemplate } from "./schema";
import type { PlanTableTemplate } from "./types";

const TEMPLATES: readonly PlanTableTemplate[] = Object.freeze([
  parsePlanTableTemplate(PLAN_TABLE_2018_DATA, "plan-table-2018.ts"),
  parsePlanTableTemplate(PLAN_TABLE_TT57_DATA, "plan-table-tt57.ts"),
]);

export function listPlanTableTemplates(): readonly PlanTableTemplate[] {
  return TEMPLATES;
}

/** The template of a framework: one per framework, checked below at load. */
export function planTableTemplateForFramework(framework: Framework): PlanTableTemplate {
  const template = TEMPLATES.find((candidate) => candidate.framework === framework);
  // Unreachable while both frameworks ship a template; kept so a removed one fails loudly.
  if (!template) throw new Error(`No plan-table template for framework ${framework}`);
  return template;
}

/** The template for plans checked against this catalog (TT57 catalogs get the TT57 form). */
export function planTableTemplateFor(catalogId: CatalogId): PlanTableTemplate {
  return planTableTemplateForFramework(getCatalog(catalogId).framework);
}
