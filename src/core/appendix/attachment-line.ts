/**
 * "(Kèm theo Kế hoạch số 97/KH-MNPL ngày 27 tháng 10 năm 2021 của Trường mầm non xã Pom Lót)",
 * built from the plan's metadata only. Whatever the plan does not say is a visible "…" for staff
 * to fill, never a guess.
 */
import type { PlanMetadata } from "../model/plan";
import { blankSchoolName, schoolDisplayName } from "./school-name";
import { BLANK_DATE, decreeDate } from "./vietnamese-date";

// What a blank number is written with before its "/KH-…" ("Số: /KH-MNLH", "Số: …/KH", "Số: ../KH").
const BLANK_NUMBER_PREFIX = /^[\s._…-]*/u;

/** "97/KH-MNPL"; "…/KH-MNLH" for a number left blank; "…" when the plan has no number line. */
export function planNumberText(metadata: PlanMetadata): string {
  const number = metadata.planNumber;
  if (!number) return "…";
  const text = number.text.trim();
  if (!number.blank) return text;
  const suffix = text.replace(BLANK_NUMBER_PREFIX, "");
  return `…${suffix}`;
}

export function planDateText(metadata: PlanMetadata): string {
  return metadata.date ? decreeDate(metadata.date) : BLANK_DATE;
}

export function schoolText(metadata: PlanMetadata): string {
  const known = schoolDisplayName(metadata.schoolName);
  if (known !== undefined) return known;
  // The kind of school is known when the plan cites its circular or names its level.
  return blankSchoolName(metadata.levelSource === "default" ? undefined : metadata.level);
}

export function attachmentLine(metadata: PlanMetadata): string {
  return (
    `(Kèm theo Kế hoạch số ${planNumberText(metadata)} ${planDateText(metadata)} ` +
    `của ${schoolText(metadata)})`
  );
}

/** "2021-2022", or "…" when the plan states no school year. */
export function schoolYearText(metadata: PlanMetadata): string {
  const year = metadata.schoolYear;
  return year ? `${year.startYear}-${year.endYear}` : "…";
}
