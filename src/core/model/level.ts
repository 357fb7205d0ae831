/** The school levels the 2018 circulars cover: mầm non, tiểu học, THCS/THPT (and multi-level schools). */
export type SchoolLevel = "mn" | "th" | "thcs-thpt";

export const SCHOOL_LEVELS: readonly SchoolLevel[] = ["mn", "th", "thcs-thpt"];

export function isSchoolLevel(value: unknown): value is SchoolLevel {
  return typeof value === "string" && (SCHOOL_LEVELS as readonly string[]).includes(value);
}
