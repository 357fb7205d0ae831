/**
 * A check is a rule: one module each, with an id, a severity, messages in both languages and its
 * own tests. Rules see the recognised plan and the document it came from; they never throw and never
 * change anything — a fix is data for a host to apply.
 */
import type { Catalog } from "../catalog";
import type { DocumentModel } from "../model/document";
import type { Finding, Severity } from "../model/finding";
import type { LocalizedText } from "../model/localized";
import type { Plan, PlanCell } from "../model/plan";
import type { TimeExpression } from "../time";

export interface RuleContext {
  document: DocumentModel;
  plan: Plan;
  /** The catalog of the plan's school level and framework. */
  catalog: Catalog;
  /** Parsed time of a cell's text; cached, so rules may call it freely. Empty for undefined. */
  timeOf(cell: PlanCell | undefined): TimeExpression;
}

export interface Rule {
  /** Stable, kebab-case: "missing-owner". Findings carry it; tests assert it. */
  id: string;
  severity: Severity;
  /** A short name of the kind of problem, for group headings ("Thiếu người giám sát"). */
  title: LocalizedText;
  /** What the rule checks, for a rules list in the UI and the docs. */
  description: LocalizedText;
  check(context: RuleContext): Finding[];
}
