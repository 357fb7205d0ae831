/**
 * The "Báo cáo" tab's action: plan the appendix with the core from a fresh reading, apply it
 * through the host, and hand back what happened (what was kept, added, marked) for the panel.
 */
import { planAppendix, type AppendixOutcome } from "../../core";
import type { LocalizedText } from "../../core/model/localized";
import type { PlanSession } from "./plan-session";

export type ReportResult =
  | { applied: true; outcome: AppendixOutcome }
  | { applied: false; outcome?: AppendixOutcome; message?: LocalizedText };

function successMessage(outcome: AppendixOutcome): LocalizedText {
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
    case "no-plan":
      return outcome.message;
  }
}

export async function generateAppendix(session: PlanSession): Promise<ReportResult> {
  // The appendix is planned from what the document says now, not from the last pause in typing.
  await session.check();
  const { document, analysis } = session.getState();
  if (!document || !analysis) return { applied: false };
  const { edits, outcome } = planAppendix(document, analysis);
  if (outcome.kind === "no-plan") return { applied: false, outcome, message: outcome.message };
  if (edits.length === 0) {
    return {
      applied: false,
      outcome,
      message: {
        vi: "Phụ lục đã khớp với kế hoạch: không có gì cần cập nhật.",
        en: "The appendix already matches the plan: nothing to update.",
      },
    };
  }
  const ok = await session.applyEdits(edits, successMessage(outcome));
  return ok ? { applied: true, outcome } : { applied: false, outcome };
}
