/**
 * The sections of a plan where a plan-level monitor is named: "Tổ chức thực hiện" (organisation)
 * and "Giám sát và đánh giá" / "Kiểm tra, giám sát" (monitoring). A section runs to the next
 * Roman-numbered section, the "Nơi nhận" list, the closing "Trên đây là …", the signature, or the
 * end of the plan.
 */
import type { TextLine } from "./lines";
import { isSignerTitle } from "./signer";

export type SectionKind = "organisation" | "monitoring";

export interface PlanSection {
  kind: SectionKind;
  /** Lines after the heading. */
  lines: TextLine[];
}

const ROMAN_HEADING = /^[ivx]{1,5}\s*[.):/-]\s*\S/;
const NUMBERING = /^(?:[ivx]{1,5}|\d{1,2}(?:\.\d{1,2})*)\s*[.):/-]\s*/;
const ORGANISATION =
  /^(?:to\s*chuc\s*thuc\s*hien|trach\s*nhiem\s*thuc\s*hien|phan\s*cong\s*(?:thuc\s*hien|nhiem\s*vu))\b/;
const MONITORING =
  /^(?:cong\s*tac\s*)?(?:(?:kiem\s*tra|theo\s*doi)\s*,?\s*(?:va\s*)?)?giam\s*sat\b|^(?:cong\s*tac\s*)?(?:kiem\s*tra|theo\s*doi)\s*,?\s*(?:va\s*)?danh\s*gia\b|^che\s*do\s*bao\s*cao\b/;
const SECTION_END = /^(?:noi\s*nhan|tren\s*day\b)/;
/** Headings are short; a numbered sentence mentioning "giám sát" is content. */
const MAX_HEADING_LENGTH = 70;

function headingKind(line: TextLine): SectionKind | undefined {
  const folded = line.folded.text;
  if (line.text.length > MAX_HEADING_LENGTH) return undefined;
  const numbering = NUMBERING.exec(folded);
  // Unnumbered headings must at least be bold.
  if (!numbering && !line.bold) return undefined;
  const rest = numbering ? folded.slice(numbering[0].length) : folded;
  if (ORGANISATION.test(rest)) return "organisation";
  if (MONITORING.test(rest)) return "monitoring";
  return undefined;
}

export function findPlanSections(lines: readonly TextLine[]): PlanSection[] {
  const sections: PlanSection[] = [];
  let current: PlanSection | undefined;
  for (const line of lines) {
    const kind = headingKind(line);
    if (kind) {
      current = { kind, lines: [] };
      sections.push(current);
      continue;
    }
    if (!current) continue;
    const folded = line.folded.text;
    if (ROMAN_HEADING.test(folded) || SECTION_END.test(folded) || isSignerTitle(line)) {
      current = undefined;
      continue;
    }
    current.lines.push(line);
  }
  return sections;
}
