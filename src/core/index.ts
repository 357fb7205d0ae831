/**
 * The core's public API: pure TypeScript (no Office, DOM, React or Node), shared by the task pane,
 * the CLI and the standalone page. Hosts turn a document into a `DocumentModel`; `analyze` does
 * the rest.
 */
export { analyze } from "./analyze/analyze";
export type {
  AnalyzeOptions,
  AnalyzeResult,
  AnalyzeSummary,
  AppendixTableRef,
  PlanSummary,
} from "./analyze/types";

export * from "./model/document";
export * from "./model/plan";
export * from "./model/finding";
export * from "./model/level";
export * from "./model/localized";

export * from "./recognize";
export { ALL_RULES, RULE_CATALOGUE, runRules, type RuleCatalogueEntry } from "./rules";
export type { Rule, RuleContext } from "./rules/types";

export * from "./catalog";
export * from "./text";
export * from "./time";
export * from "./templates";
export * from "./insert";
export type * from "./edits/edit";
export { editOfFix } from "./edits/fix-edit";
export type * from "./edits/spec";
export * from "./appendix";
