/** Plan table, progress-report appendix, or something else (layout, Quốc hiệu, signatures, data). */
import type { TableBlock } from "../model/document";
import { headerCandidates, type HeaderCandidate } from "./header-reading";
import { assessHeader, type HeaderAssessment } from "./table-score";
import { readRowViews, type RowView } from "./table-view";

export type TableReading =
  | { kind: "plan"; views: RowView[]; header: HeaderCandidate; assessment: HeaderAssessment }
  | { kind: "appendix"; views: RowView[]; header: HeaderCandidate }
  | {
      kind: "other";
      views: RowView[];
      /** The best header reading, when it names enough roles to look almost like a plan. */
      nearMiss?: { header: HeaderCandidate; assessment: HeaderAssessment };
    };

// The tag our own appendix builder may put on the content control around the appendix table.
const APPENDIX_TAG = /appendix|phu[-_ ]?luc/i;

export function readTableKind(table: TableBlock): TableReading {
  const views = readRowViews(table);
  let plan: { header: HeaderCandidate; assessment: HeaderAssessment } | undefined;
  let appendix: HeaderCandidate | undefined;
  let nearMiss: { header: HeaderCandidate; assessment: HeaderAssessment } | undefined;
  for (const header of headerCandidates(views)) {
    const assessment = assessHeader(header);
    if (assessment.isPlan) {
      if (!plan || assessment.score > plan.assessment.score) plan = { header, assessment };
    } else if (assessment.isAppendix) {
      appendix ??= header;
    } else if (assessment.isNearMiss) {
      if (!nearMiss || assessment.score > nearMiss.assessment.score)
        nearMiss = { header, assessment };
    }
  }
  const tag = typeof table.contentControlTag === "string" ? table.contentControlTag : "";
  if (APPENDIX_TAG.test(tag)) {
    return {
      kind: "appendix",
      views,
      header: appendix ?? plan?.header ?? { rowPositions: [], columns: [] },
    };
  }
  if (plan) return { kind: "plan", views, ...plan };
  if (appendix) return { kind: "appendix", views, header: appendix };
  return nearMiss ? { kind: "other", views, nearMiss } : { kind: "other", views };
}
