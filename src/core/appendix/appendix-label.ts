/**
 * "PHỤ LỤC", or "PHỤ LỤC 3" when the document already has appendices: a new appendix takes the
 * number after the highest one written (an unnumbered "PHỤ LỤC" counts as one).
 */
import type { DocumentModel } from "../model/document";
import { foldForSearch } from "../text";
import { smallRomanNumeral } from "../catalog/codes";

// "PHỤ LỤC", "PHỤ LỤC 2", "Phụ lục số 2:", "PHỤ LỤC II. …": a heading, not a sentence about one.
const APPENDIX_HEADING = /^phu\s*luc(?:\s*(?:so\s*)?(\d{1,2}|[ivx]{1,4})\b)?\s*([:.-]|$)?/;
const MAX_HEADING_LENGTH = 120;

const APPENDIX_WORD = "PHỤ LỤC";

function numberOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  return /^\d+$/.test(token) ? Number(token) : smallRomanNumeral(token);
}

/** The numbers of the document's appendix headings; 0 for an unnumbered one. */
function appendixHeadingNumbers(document: DocumentModel): number[] {
  const numbers: number[] = [];
  for (const block of document.blocks) {
    if (block.kind !== "paragraph") continue;
    const text = block.text.trim();
    if (text.length === 0 || text.length > MAX_HEADING_LENGTH) continue;
    const match = APPENDIX_HEADING.exec(foldForSearch(text).text);
    if (!match) continue;
    const number = numberOf(match[1]);
    // A bare "Phụ lục" running on into a sentence is a mention, unless it looks like a heading.
    const standsAlone = match[2] !== undefined || number !== undefined;
    if (standsAlone || block.bold || block.alignment === "center") numbers.push(number ?? 0);
  }
  return numbers;
}

export function nextAppendixLabel(document: DocumentModel): string {
  const numbers = appendixHeadingNumbers(document);
  if (numbers.length === 0) return APPENDIX_WORD;
  const next = Math.max(numbers.length, ...numbers) + 1;
  return `${APPENDIX_WORD} ${next}`;
}
