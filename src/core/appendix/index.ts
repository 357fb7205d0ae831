/**
 * The progress-report appendix of a plan ("PHỤ LỤC … BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN
 * CHẤT LƯỢNG GIÁO DỤC"): built from the recognised plan, and refreshed from it without losing a word
 * staff typed. Pure data in, edits out: every host applies them the same way.
 */
export { APPENDIX_MARKER, planAppendix } from "./plan-appendix";
export {
  APPENDIX_LAYOUTS,
  type AppendixColumn,
  type AppendixLayout,
  type ColumnSource,
} from "./layouts";
export { ORPHAN_NOTE } from "./orphan-note";
export { attachmentLine, planDateText, planNumberText, schoolText } from "./attachment-line";
export { schoolDisplayName } from "./school-name";
export { decreeDate } from "./vietnamese-date";
export type * from "./types";
