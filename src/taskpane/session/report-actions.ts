/**
 * The "Báo cáo" tab's action: plan the appendix with the core from a fresh reading, apply it
 * through the host, and hand back what happened (what was kept, added, marked) for the panel.
 */
import { planAppendix, type CreatedOutcome, type RefreshedOutcome } from "../../core";
import type { LocalizedText } from "../../core/model/localized";
import type { PlanSession } from "./plan-session";

/** What the action did, for the panel to show until the next one. */
export type ReportResult =
  | { status: "applied"; outcome: CreatedOutcome | RefreshedOutcome }
  /** The appendix already said everything; its outcome may still list things to review. */
  | { status: "unchanged"; outcome: CreatedOutcome | RefreshedOutcome; message: LocalizedText }
  | { status: "no-plan"; message: LocalizedText }
  /** Nothing was read, or the host refused the edits (the session's notice says why). */
  | { status: "failed" };

function successMessage(outcome: CreatedOutcome | RefreshedOutcome): LocalizedText {
  switch (outcome.kind) {
    case "created":
      return {
        vi: `Đã tạo ${outcome.appendixLabel.toLowerCase()} báo cáo kết quả (${outcome.rows} dòng) ở cuối văn bản.`,
        en: `Generated the report appendix (${outcome.rows} rows) at the end of the document.`,
      };
    case "refreshed":
      return {
        vi: `Đã cập nhật phụ lục: giữ nguyên ${outcome.keptCells} ô đã điền, cập nhật ${outcome.updatedCells} ô theo kế hoạch, thêm ${outcome.addedRows} dòng, đánh dấu ${outcome.orphanedRows} dòng không còn trong kế hoạch.`,
        en: `Refreshed the appendix: kept ${outcome.keptCells} filled cells, updated ${outcome.updatedCells} from the plan, added ${outcome.addedRows} rows, marked ${outcome.orphanedRows} rows no longer in the plan.`,
      };
  }
}

/** Each session's last result: the panel unmounts while another tab is shown, the result stays. */
const lastResults = new WeakMap<PlanSession, ReportResult>();

export function lastReportResult(session: PlanSession): ReportResult | undefined {
  return lastResults.get(session);
}

export async function generateAppendix(session: PlanSession): Promise<ReportResult> {
  lastResults.delete(session);
  const result = await runAppendix(session);
  lastResults.set(session, result);
  return result;
}

async function runAppendix(session: PlanSession): Promise<ReportResult> {
  // The appendix is planned from what the document says now, not from the last pause in typing.
  await session.check();
  const { document, analysis } = session.getState();
  if (!document || !analysis) return { status: "failed" };
  const { edits, outcome } = planAppendix(document, analysis);
  if (outcome.kind === "no-plan") return { status: "no-plan", message: outcome.message };
  if (edits.length === 0) {
    return {
      status: "unchanged",
      outcome,
      message: {
        vi: "Phụ lục đã khớp với kế hoạch: không có gì cần cập nhật.",
        en: "The appendix already matches the plan: nothing to update.",
      },
    };
  }
  const ok = await session.applyEdits(edits, successMessage(outcome));
  return ok ? { status: "applied", outcome } : { status: "failed" };
}
