/**
 * A monitor named once for the whole plan, in its organisation or monitoring section.
 *
 * Counts: a body named for monitoring ("3. Tổ Giám sát kế hoạch cải tiến chất lượng (…)"), or
 * someone given monitoring to do ("Ban Thanh tra nhân dân giám sát việc thực hiện…", "Hiệu trưởng:
 * … kiểm tra, giám sát", a "- Kiểm tra, giám sát …" bullet under a "1. Hiệu trưởng" sub-heading),
 * or, in a monitoring section, anyone named at the start of a line ("Ban giám hiệu kiểm tra định
 * kỳ"). Actors include the abbreviations of plans.md (CĐCS, HĐT, TTND, TTCM, Ban ĐD CMHS…) and
 * anyone named "đồng chí" / "Đ/c", possibly after "Phân công". Does not count: a monitoring section that names nobody ("Định kỳ kiểm tra theo tháng, học
 * kỳ"), nor someone who only "kiểm tra, đánh giá" or "theo dõi tiến độ" in the organisation section.
 * A body named for monitoring beats a person given monitoring among other duties; the first wins.
 */
import type { PlanMetadata } from "../../model/plan";
import { lineSlice, type TextLine } from "./lines";
import { findPlanSections, type SectionKind } from "./plan-sections";

const LIST_MARKER =
  /^\s*(?:[-+*\u2022\u00b7]+|(?<numbered>\d{1,2}(?:\.\d{1,2})*\s*[.)/]|[a-z]\s*\)|[ivx]{1,5}\s*[.)]))\s*/;
// Who can be named to act: school roles, bodies, staff groups (on the fold; "tổ chức", "tờ trình",
// "ban hành", "bản kế hoạch" are words, not actors).
const ACTOR =
  /^(?:cac\s+)?(?:(?:pho\s+)?hieu\s*truong|hieu\s*pho|ban\s+giam\s+hieu|bgh|ht|pht|cbql|can\s*bo(?:\s*quan\s*ly)?|to\s+(?!chuc\b|trinh\b)\p{L}+|ban\s+(?!hanh\b|giao\b|ke\b)\p{L}+|hoi\s*dong|nhom\s+\p{L}+|doan\s+\p{L}+|chi\s*bo|cong\s*doan|thanh\s*tra\s*nhan\s*dan|ttnd|cdcs|hdt|ttcm|tpcm|chu\s*tich|bi\s*thu|giao\s*vien|gv\p{L}*|nhan\s*vien|nv|ke\s*toan|y\s*te|thu\s*ky|thanh\s*vien|bo\s*phan|phu\s*huynh|cha\s*me|tong\s*phu\s*trach)\b/u;
// Where an actor's name ends: punctuation, a spaced dash, or a verb ("Ban Thanh tra nhân dân | giám sát").
const NAME_END =
  /\s*[:(;,.]|\s+-\s+|\s+(?:giam\s*sat|kiem\s*tra|chi\s*dao|phu\s*trach|thuc\s*hien|theo\s*doi|xay\s*dung|trien\s*khai|chiu\s*trach\s*nhiem|co\s*trach\s*nhiem|phoi\s*hop|tham\s*gia|danh\s*gia|bao\s*cao|to\s*chuc|huong\s*dan|tong\s*hop|de\s*xuat)\b/g;
// A verb right after these words is part of a body's name: "Tổ giám sát", "Hội đồng tự đánh giá".
const NAME_CONTINUES = /(?:^|\s)(?:to|ban|nhom|doan|hoi\s*dong|bo\s*phan|tu)$/;
const MONITORS = /\bgiam\s*sat\b/;
// Before the actor: "Phân công" and "đồng chí" / "Đ/c" ("Phân công đồng chí Phó hiệu trưởng giám
// sát…"); after "đồng chí" any name counts ("Đồng chí Vũ Thị Thanh Huyền – Phó hiệu trưởng").
const LEAD_IN = /^(?:phan\s*cong\s+)?(?<comrade>(?:dong\s*chi|d\s*\/\s*c)\s*[:.]?\s+)?/;
const PERSON_NAME = /^\p{L}/u;
const MAX_ACTOR_LENGTH = 80;

interface Actor {
  text: string;
  /** The body's own name says it monitors ("Tổ Giám sát …"). */
  isMonitoringBody: boolean;
}

function readActor(line: TextLine, from: number): Actor | undefined {
  const folded = line.folded.text;
  const leadIn = LEAD_IN.exec(folded.slice(from));
  const start = from + (leadIn?.[0].length ?? 0);
  const named = leadIn?.groups?.["comrade"] !== undefined;
  if (!(named ? PERSON_NAME : ACTOR).test(folded.slice(start))) return undefined;
  let end = folded.length;
  NAME_END.lastIndex = start;
  for (let match = NAME_END.exec(folded); match; match = NAME_END.exec(folded)) {
    if (match.index === start) continue;
    const isVerb = /\p{L}/u.test(match[0].trim().charAt(0));
    if (isVerb && NAME_CONTINUES.test(folded.slice(start, match.index))) continue;
    end = match.index;
    break;
  }
  const foldedName = folded.slice(start, end);
  let text = lineSlice(line, start, end).trim();
  if (text.length > MAX_ACTOR_LENGTH)
    text = text.slice(0, MAX_ACTOR_LENGTH).replace(/\s+\S*$/u, "");
  return { text, isMonitoringBody: MONITORS.test(foldedName) };
}

interface Candidate {
  actor: Actor;
  line: TextLine;
  rank: number;
}

function sectionCandidates(kind: SectionKind, lines: readonly TextLine[]): Candidate[] {
  const candidates: Candidate[] = [];
  let current: Actor | undefined;
  for (const line of lines) {
    const marker = LIST_MARKER.exec(line.folded.text);
    const start = marker ? marker[0].length : 0;
    const monitors = MONITORS.test(line.folded.text);
    const actor = readActor(line, start);
    if (actor) {
      current = actor;
      // In a monitoring section, naming someone who is then given something to do is enough.
      const givenDuty = line.text.length > actor.text.length + 2;
      if (monitors || (kind === "monitoring" && givenDuty)) {
        candidates.push({ actor, line, rank: actor.isMonitoringBody ? 2 : 1 });
      }
      continue;
    }
    // A numbered line that names nobody ends the previous actor's list of duties.
    if (marker?.groups?.["numbered"]) current = undefined;
    if (current && monitors) candidates.push({ actor: current, line, rank: 1 });
  }
  return candidates;
}

export function readMonitorAssignment(
  lines: readonly TextLine[]
): PlanMetadata["monitorAssignment"] {
  let best: Candidate | undefined;
  for (const section of findPlanSections(lines)) {
    for (const candidate of sectionCandidates(section.kind, section.lines)) {
      if (!best || candidate.rank > best.rank) best = candidate;
    }
  }
  return best && { text: best.actor.text, blockIndex: best.line.blockIndex };
}
