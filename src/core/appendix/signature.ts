/**
 * The signature block under the appendix: the signer's title in capitals over room to sign, then
 * the name — only what the plan's own signature gives.
 */
import type { ParagraphSpec } from "../edits/spec";
import type { PlanMetadata } from "../model/plan";
import { normalizeText } from "../text";

/** Empty lines left for the signature and the seal. */
const SIGNING_SPACE_LINES = 3;

function line(text: string, bold: boolean): ParagraphSpec {
  return { kind: "paragraph", runs: [{ text, bold }], alignment: "right", spacingAfterPt: 0 };
}

export function signatureParagraphs(metadata: PlanMetadata): ParagraphSpec[] {
  // "KT. HIỆU TRƯỞNG" over "PHÓ HIỆU TRƯỞNG" comes as two lines.
  const titleLines = (metadata.signer?.title ?? "")
    .split("\n")
    .map(normalizeText)
    .filter((part) => part !== "");
  const name = normalizeText(metadata.signer?.name ?? "");
  if (titleLines.length === 0 && name === "") return [];
  const paragraphs: ParagraphSpec[] = [
    // Room between the table and the block.
    { kind: "paragraph", runs: [], spacingAfterPt: 6 },
  ];
  for (const part of titleLines) paragraphs.push(line(part.toLocaleUpperCase("vi"), true));
  for (let index = 0; index < SIGNING_SPACE_LINES; index++) {
    paragraphs.push({ kind: "paragraph", runs: [], spacingAfterPt: 0 });
  }
  if (name !== "") paragraphs.push(line(name, true));
  return paragraphs;
}
