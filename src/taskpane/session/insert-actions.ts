/**
 * The "Chèn" tab's actions: plan the edits with the core, apply them through the session's host.
 */
import {
  catalogFor,
  defaultInsertPosition,
  planCriterionRows,
  planTableFragment,
  type CatalogId,
  type Framework,
  type SchoolLevel,
} from "../../core";
import type { InsertPosition } from "../../core/edits/edit";
import type { LocalizedText } from "../../core/model/localized";
import type { PlanSession } from "./plan-session";

export interface InsertChoice {
  level: SchoolLevel;
  framework: Framework;
}

/** The catalog insertion works with: the recognised plan's, else the chosen level's. */
export function insertionCatalog(session: PlanSession, choice: InsertChoice): CatalogId {
  const plan = session.getState().analysis?.plans[0];
  if (plan && session.getState().levelOverride === undefined) return plan.metadata.catalogId;
  return catalogFor(choice.level, choice.framework).id;
}

function insertPosition(session: PlanSession): InsertPosition {
  if (session.host.capabilities.hasCursor) return { kind: "cursor" };
  const { document, analysis } = session.getState();
  return document ? defaultInsertPosition(document, analysis?.plans[0]) : { kind: "end" };
}

export async function insertPlanTable(
  session: PlanSession,
  catalogId: CatalogId,
  codes: readonly string[]
): Promise<boolean> {
  const fragment = planTableFragment({ catalogId, criteria: [...codes] });
  return session.applyEdits([{ kind: "insertFragment", fragment, at: insertPosition(session) }], {
    vi: "Đã chèn bảng kế hoạch.",
    en: "Inserted the plan table.",
  });
}

const listCodes = (codes: readonly string[]) => codes.join(", ");

/** Inserts rows for the chosen criteria under their standards; reports what was skipped and why. */
export async function insertCriterionRows(
  session: PlanSession,
  codes: readonly string[]
): Promise<{ added: string[]; skipped: LocalizedText[] }> {
  await session.check();
  const { document, analysis } = session.getState();
  const plan = analysis?.plans[0];
  if (!document || !plan) {
    return {
      added: [],
      skipped: [
        {
          vi: "Chưa có bảng kế hoạch: hãy chèn bảng trước.",
          en: "No plan table yet: insert the table first.",
        },
      ],
    };
  }
  const result = planCriterionRows(document, plan, codes);
  const present = result.skipped.filter((s) => s.reason === "already-present").map((s) => s.code);
  const unknown = result.skipped.filter((s) => s.reason !== "already-present").map((s) => s.code);
  const skipped: LocalizedText[] = [];
  if (present.length > 0) {
    skipped.push({
      vi: `Bỏ qua ${listCodes(present)}: đã có trong kế hoạch.`,
      en: `Skipped ${listCodes(present)}: already in the plan.`,
    });
  }
  if (unknown.length > 0) {
    skipped.push({
      vi: `Bỏ qua ${listCodes(unknown)}: không có trong bộ tiêu chí của kế hoạch.`,
      en: `Skipped ${listCodes(unknown)}: not in the plan's criteria set.`,
    });
  }
  if (result.edits.length > 0) {
    const ok = await session.applyEdits(result.edits, {
      vi: `Đã chèn ${result.added.length} dòng tiêu chí (${listCodes(result.added)}).`,
      en: `Inserted ${result.added.length} criterion rows (${listCodes(result.added)}).`,
    });
    if (!ok) return { added: [], skipped };
  }
  return { added: result.added, skipped };
}
