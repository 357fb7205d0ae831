/**
 * The heading of an existing appendix, checked against the plan: where it disagrees — the plan's
 * number and date, the school, "Báo cáo số" where the appendix goes with a "Kế hoạch", the school
 * year of the title, a "MẪU" (template) left in the title. `heading-corrections.ts` decides which
 * of these a refresh corrects.
 */
import type { DocumentModel, ParagraphBlock } from "../model/document";
import type { PlanMetadata } from "../model/plan";
import { comparisonKey, foldForSearch, normalizeText } from "../text";
import { planDateText, schoolYearText } from "./attachment-line";
import { schoolDisplayName } from "./school-name";
import type { HeadingDiscrepancy } from "./types";
import { findWrittenDate } from "./vietnamese-date";

/** Heading lines sit right above the table: a few paragraphs, back to the "PHỤ LỤC" line. */
const MAX_HEADING_PARAGRAPHS = 6;

const ATTACHMENT = /^\(?\s*kem\s*theo\b/;
const APPENDIX_LINE = /^phu\s*luc\b/;
// "Kèm theo Kế hoạch số 97/KH-MNPL", "Kèm theo Báo cáo số: 9/KH-MNPL" (NFC text: `\b` is ASCII-only)
const DOCUMENT_KIND = /^\(?\s*kèm\s+theo\s+(.+?)\s+số(?=[\s:])/iu;
const NUMBER = /\bsố\s*:?\s*([^\s,;()]+)/iu;
const SCHOOL = /\bcủa\s+(.+?)\)?\s*$/iu;
const SCHOOL_YEAR = /n[aă]m\s*h[oọ]c\s*:?\s*(\d{4})\s*[-–—]\s*(\d{4})/iu;
const TEMPLATE_WORD = /^mẫu\s+(?!giáo)/u;

function headingParagraphs(document: DocumentModel, tableBlockIndex: number): ParagraphBlock[] {
  const found: ParagraphBlock[] = [];
  for (
    let index = tableBlockIndex - 1;
    index >= 0 && found.length < MAX_HEADING_PARAGRAPHS;
    index--
  ) {
    const block = document.blocks[index];
    if (!block || block.kind !== "paragraph") break;
    if (block.text.trim() === "") continue;
    found.unshift(block);
    if (APPENDIX_LINE.test(foldForSearch(block.text.trim()).text)) break;
  }
  return found;
}

/** How a message names each part of the heading. */
export const HEADING_FIELD_NAMES: Readonly<
  Record<HeadingDiscrepancy["field"], { vi: string; en: string }>
> = {
  planNumber: { vi: "số kế hoạch", en: "the plan number" },
  date: { vi: "ngày", en: "the date" },
  schoolName: { vi: "tên trường", en: "the school" },
  documentKind: { vi: "loại văn bản", en: "the document type" },
  schoolYear: { vi: "năm học", en: "the school year" },
  templateWord: { vi: "chữ thừa", en: "a leftover word" },
};

function discrepancy(
  field: HeadingDiscrepancy["field"],
  blockIndex: number,
  written: string,
  expected: string
): HeadingDiscrepancy {
  const what = HEADING_FIELD_NAMES[field];
  const message = expected
    ? {
        vi: `Tiêu đề phụ lục ghi ${what.vi} "${written}", kế hoạch ghi "${expected}": hãy xem lại.`,
        en: `The appendix heading has ${what.en} "${written}"; the plan has "${expected}": please review.`,
      }
    : {
        vi: `Tiêu đề phụ lục còn chữ "${written}": hãy xem lại và xoá nếu thừa.`,
        en: `The appendix heading still has the word "${written}": please review and delete it if it is left over.`,
      };
  return { field, blockIndex, written, expected, message };
}

function checkAttachment(
  paragraph: ParagraphBlock,
  metadata: PlanMetadata,
  found: HeadingDiscrepancy[]
): void {
  const text = normalizeText(paragraph.text);
  const at = paragraph.blockIndex;
  const kind = DOCUMENT_KIND.exec(text)?.[1];
  if (kind !== undefined && foldForSearch(kind).text !== "ke hoach") {
    found.push(discrepancy("documentKind", at, kind, "Kế hoạch"));
  }
  const number = NUMBER.exec(text)?.[1];
  const planNumber = metadata.planNumber;
  if (number !== undefined && planNumber && !planNumber.blank) {
    if (comparisonKey(number) !== comparisonKey(planNumber.text)) {
      found.push(discrepancy("planNumber", at, number, planNumber.text));
    }
  }
  const date = findWrittenDate(text);
  if (date && metadata.date) {
    const { day, month, year } = metadata.date;
    if (date.day !== day || date.month !== month || date.year !== year) {
      found.push(discrepancy("date", at, date.text, planDateText(metadata)));
    }
  }
  const school = SCHOOL.exec(text)?.[1];
  const expectedSchool = schoolDisplayName(metadata.schoolName);
  if (school !== undefined && expectedSchool !== undefined) {
    const written = comparisonKey(school);
    const matches = [expectedSchool, metadata.schoolName ?? ""].some(
      (name) => name !== "" && written.includes(comparisonKey(name))
    );
    if (!matches) {
      found.push(discrepancy("schoolName", at, school, expectedSchool));
    }
  }
}

function checkTitle(
  paragraph: ParagraphBlock,
  metadata: PlanMetadata,
  found: HeadingDiscrepancy[]
): void {
  const text = normalizeText(paragraph.text);
  const at = paragraph.blockIndex;
  const lower = text.toLocaleLowerCase("vi");
  if (TEMPLATE_WORD.test(lower)) {
    found.push(discrepancy("templateWord", at, text.split(" ")[0] ?? "MẪU", ""));
  }
  const year = SCHOOL_YEAR.exec(text);
  if (year && metadata.schoolYear) {
    const { startYear, endYear } = metadata.schoolYear;
    if (Number(year[1]) !== startYear || Number(year[2]) !== endYear) {
      found.push(discrepancy("schoolYear", at, `${year[1]}-${year[2]}`, schoolYearText(metadata)));
    }
  }
}

export function checkHeading(
  document: DocumentModel,
  tableBlockIndex: number,
  metadata: PlanMetadata
): HeadingDiscrepancy[] {
  const found: HeadingDiscrepancy[] = [];
  for (const paragraph of headingParagraphs(document, tableBlockIndex)) {
    if (ATTACHMENT.test(foldForSearch(normalizeText(paragraph.text)).text)) {
      checkAttachment(paragraph, metadata, found);
    } else {
      checkTitle(paragraph, metadata, found);
    }
  }
  return found;
}
