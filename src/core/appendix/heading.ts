/**
 * The appendix's heading lines, as Nghị định 30/2020 lays out an appendix: "PHỤ LỤC …", the title
 * in capitals, then "(Kèm theo Kế hoạch số … ngày … của …)" in italics.
 */
import type { ParagraphSpec } from "../edits/spec";
import type { PlanMetadata } from "../model/plan";
import { attachmentLine, schoolYearText } from "./attachment-line";
import type { AppendixLayout } from "./layouts";

/** "BÁO CÁO KẾT QUẢ … NĂM HỌC 2021-2022" */
export function appendixTitle(layout: AppendixLayout, metadata: PlanMetadata): string {
  return `${layout.title} NĂM HỌC ${schoolYearText(metadata)}`;
}

export function headingParagraphs(
  label: string,
  layout: AppendixLayout,
  metadata: PlanMetadata,
  startsNewPage: boolean
): ParagraphSpec[] {
  return [
    {
      kind: "paragraph",
      runs: [{ text: label, bold: true }],
      alignment: "center",
      spacingAfterPt: 0,
      ...(startsNewPage ? { pageBreakBefore: true } : {}),
    },
    {
      kind: "paragraph",
      runs: [{ text: appendixTitle(layout, metadata), bold: true }],
      alignment: "center",
      spacingAfterPt: 0,
    },
    {
      kind: "paragraph",
      runs: [{ text: attachmentLine(metadata), italic: true }],
      alignment: "center",
      spacingAfterPt: 12,
    },
  ];
}
