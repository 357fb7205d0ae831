/**
 * The two appendix tables as data: their columns, which of them the plan fills and which belong to
 * staff, and their two-row headers.
 *
 * "report" is the layout staff already use (plans.md, "The progress-report appendix"). "monitoring"
 * follows the TT57 plan form (TT · Nội dung · Mục tiêu · Giải pháp · Chỉ số kết quả …): the plan's
 * content, its target and its result indicator, then what monitoring found at the end of term I and
 * at the end of the year, the two reviews TT57 asks for.
 *
 * Weights are shares of the text width. TT gets room for "TT" in bold even when a refresh keeps
 * the table on a portrait page (the fixture's hand-made appendix is on one). It has no owner or deadline column (the
 * content cell names them): a table with those columns would read as a second plan.
 */
import type { SpecAlignment } from "../edits/spec";
import type { AppendixColumnId, AppendixLayoutId } from "./types";

/** Who writes a column: the plan (rewritten on every run) or staff (never touched). */
export type ColumnSource = "plan" | "staff";

export interface AppendixColumn {
  readonly id: AppendixColumnId;
  readonly source: ColumnSource;
  /** The header cell, or the sub-header under `group`. */
  readonly header: string;
  /** The first-row header spanning this column and its neighbours with the same group. */
  readonly group?: string;
  readonly weight: number;
  readonly alignment?: SpecAlignment;
}

export interface AppendixLayout {
  readonly id: AppendixLayoutId;
  /** The appendix title, in capitals, before "NĂM HỌC …". */
  readonly title: string;
  readonly columns: readonly AppendixColumn[];
  /** The staff column that receives words found in a plan-derived cell (see PlanCellConflict). */
  readonly carryColumn: AppendixColumnId;
  readonly sizePt: number;
}

/** "{schoolYear}" in a group header is the plan's school year, or a blank to fill. */
export const SCHOOL_YEAR_PLACEHOLDER = "{schoolYear}";

const REPORT: AppendixLayout = {
  id: "report",
  title: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
  carryColumn: "adjusted",
  sizePt: 12,
  columns: [
    { id: "number", source: "plan", header: "TT", weight: 6, alignment: "center" },
    { id: "criterion", source: "plan", header: "Tiêu chuẩn, tiêu chí", weight: 13 },
    {
      id: "planned",
      source: "plan",
      group: `ND Kế hoạch cải tiến chất lượng giáo dục năm học ${SCHOOL_YEAR_PLACEHOLDER}`,
      header: "ND kế hoạch được xây dựng đầu năm",
      weight: 22,
    },
    {
      id: "adjusted",
      source: "staff",
      group: `ND Kế hoạch cải tiến chất lượng giáo dục năm học ${SCHOOL_YEAR_PLACEHOLDER}`,
      header: "ND kế hoạch đã được điều chỉnh",
      weight: 14,
    },
    {
      id: "done",
      source: "staff",
      group: "Kết quả thực hiện",
      header:
        "Những công việc đã triển khai xong theo đúng kế hoạch (nêu rõ chất lượng, hiệu quả công việc)",
      weight: 18,
    },
    {
      id: "ongoing",
      source: "staff",
      group: "Kết quả thực hiện",
      header:
        "Những công việc đang triển khai theo kế hoạch hoặc chậm so với kế hoạch (lý do chậm tiến độ), đánh giá sơ bộ",
      weight: 18,
    },
    { id: "note", source: "staff", header: "Ghi chú", weight: 9 },
  ],
};

// "Kết quả thực hiện" makes recognition read the table as an appendix even without our marker.
const MONITORING_GROUP = "Kết quả thực hiện (theo dõi, đánh giá)";

const MONITORING: AppendixLayout = {
  id: "monitoring",
  title: "BÁO CÁO THEO DÕI, ĐÁNH GIÁ VIỆC THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
  carryColumn: "note",
  sizePt: 11,
  columns: [
    { id: "number", source: "plan", header: "TT", weight: 6, alignment: "center" },
    { id: "criterion", source: "plan", header: "Tiêu chuẩn, tiêu chí", weight: 12 },
    { id: "planned", source: "plan", header: "Nội dung cải tiến", weight: 22 },
    { id: "target", source: "plan", header: "Mục tiêu", weight: 11 },
    { id: "indicator", source: "plan", header: "Chỉ số kết quả", weight: 11 },
    {
      id: "termOne",
      source: "staff",
      group: MONITORING_GROUP,
      header: "Kết quả cuối học kỳ I",
      weight: 15,
    },
    {
      id: "yearEnd",
      source: "staff",
      group: MONITORING_GROUP,
      header: "Kết quả cuối năm học",
      weight: 15,
    },
    { id: "note", source: "staff", header: "Ghi chú", weight: 8 },
  ],
};

export const APPENDIX_LAYOUTS: Readonly<Record<AppendixLayoutId, AppendixLayout>> = {
  report: REPORT,
  monitoring: MONITORING,
};
