/**
 * The school level a school's name implies ("Trường mầm non …", "TRƯỜNG MN …", "Trường TH&THCS …").
 * A multi-level school that includes THCS uses the THCS/THPT circular (TT18 covers "trường phổ
 * thông có nhiều cấp học"), so it counts as thcs-thpt.
 */
import type { SchoolLevel } from "../model/level";
import { foldForSearch } from "../text";

// On the search fold: lower case, no accents, so "Mầm Non", "MẦM NON" and "mam non" all match.
const PRESCHOOL = /\b(?:mam\s*non|mau\s*giao|nha\s*tre|mn|mg)\b/;
const PRIMARY = /\b(?:tieu\s*hoc|th)\b/;
const SECONDARY =
  /\b(?:thcs|thpt|ptth|ptcs|trung\s*hoc|pho\s*thong\s*co\s*so|pt\s*dtnt|ptdtnt|noi\s*tru|nhieu\s*cap|lien\s*cap)\b/;
// Semi-boarding ethnic schools (PTDTBT) exist at tiểu học and at THCS level: the name alone is not enough.
const SEMI_BOARDING = /\b(?:ptdtbt|pt\s*dtbt|pho\s*thong\s*dan\s*toc\s*ban\s*tru)\b/;
const GENERAL = /\bpho\s*thong\b/;

/**
 * The level implied by a school name, or undefined when the name does not say or is ambiguous
 * (a bare "Trường PTDTBT …", a combined mầm non–tiểu học school, a GDTX centre).
 */
export function inferLevelFromSchoolName(name: string): SchoolLevel | undefined {
  const text = foldForSearch(name).text;
  if (SECONDARY.test(text)) return "thcs-thpt";
  const primary = PRIMARY.test(text);
  const preschool = PRESCHOOL.test(text);
  if (primary && preschool) return undefined;
  if (primary) return "th";
  if (preschool) return "mn";
  if (SEMI_BOARDING.test(text)) return undefined;
  if (GENERAL.test(text)) return "thcs-thpt";
  return undefined;
}
