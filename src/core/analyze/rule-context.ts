/** The context rules run in: the plan, its catalog, and a cached time parser. */
import { getCatalog } from "../catalog";
import type { DocumentModel } from "../model/document";
import type { Plan, PlanCell } from "../model/plan";
import type { RuleContext } from "../rules/types";
import { parseTimeExpression, type TimeExpression } from "../time";

export function ruleContextFor(document: DocumentModel, plan: Plan): RuleContext {
  // Keyed by text: several rules read the same deadline cell, and plans repeat "Cả năm" often.
  const times = new Map<string, TimeExpression>();
  return {
    document,
    plan,
    catalog: getCatalog(plan.metadata.catalogId),
    timeOf(cell: PlanCell | undefined): TimeExpression {
      const text = cell?.text ?? "";
      let time = times.get(text);
      if (!time) {
        time = parseTimeExpression(text);
        times.set(text, time);
      }
      return time;
    },
  };
}
