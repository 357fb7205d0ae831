/**
 * The single entry point: recognise the plan, run the rules, order the findings, summarise.
 *
 * Deterministic and total: it never throws, whatever the document model holds. Each stage is
 * guarded; a stage that fails (a bug, or input no host should produce) degrades to its empty
 * result — no plan, no findings — rather than taking the task pane down on every keystroke.
 */
import type { DocumentModel } from "../model/document";
import type { Finding } from "../model/finding";
import type { Plan } from "../model/plan";
import { recognizePlans, type Recognition } from "../recognize";
import { runRules } from "../rules";
import { sortFindings } from "./finding-order";
import { noPlanMessage } from "./no-plan-message";
import { ruleContextFor } from "./rule-context";
import { countBySeverity, summarizePlan } from "./summary";
import type { AnalyzeOptions, AnalyzeResult, PlanSummary } from "./types";

const NO_RECOGNITION: Recognition = { plans: [], appendixTables: [], nearMisses: [] };

function guarded<T>(stage: () => T, fallback: T): T {
  try {
    return stage();
  } catch {
    return fallback;
  }
}

/** Hosts build well-formed models; anything else (a partial object, null) reads as an empty document. */
function usableDocument(document: DocumentModel): DocumentModel {
  return document && typeof document === "object" && Array.isArray(document.blocks)
    ? document
    : { blocks: [] };
}

function findingsOf(document: DocumentModel, plan: Plan): Finding[] {
  return guarded(() => runRules(ruleContextFor(document, plan)), []);
}

export function analyze(document: DocumentModel, options: AnalyzeOptions = {}): AnalyzeResult {
  const model = usableDocument(document);
  const recognition = guarded(() => recognizePlans(model, options ?? {}), NO_RECOGNITION);
  const { plans, appendixTables } = recognition;
  if (plans.length === 0) {
    return {
      plans: [],
      findings: [],
      appendixTables,
      summary: {
        status: "no-plan",
        plans: [],
        findingsBySeverity: { error: 0, warning: 0, tip: 0 },
        message: guarded(() => noPlanMessage(recognition.nearMisses), noPlanMessage([])),
      },
    };
  }
  const unordered = plans.flatMap((plan) => findingsOf(model, plan));
  const findings = guarded(() => sortFindings(unordered, model), unordered);
  const summaries = plans
    .map((plan) => guarded((): PlanSummary | undefined => summarizePlan(plan), undefined))
    .filter((summary): summary is PlanSummary => summary !== undefined);
  return {
    plans,
    findings,
    appendixTables,
    summary: {
      status: "plan",
      plans: summaries,
      findingsBySeverity: countBySeverity(findings),
      catalogId: plans[0]?.metadata.catalogId,
    },
  };
}
