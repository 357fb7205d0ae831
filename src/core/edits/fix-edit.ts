/** The edit that applies a finding's suggested fix: what a host is asked to do on "Sửa". */
import type { SuggestedFix } from "../model/finding";
import type { DocumentEdit } from "./edit";

export function editOfFix(fix: SuggestedFix): DocumentEdit {
  switch (fix.kind) {
    case "replaceCellText":
      return {
        kind: "setCellText",
        cell: fix.cell,
        expectedText: fix.expectedText,
        text: fix.newText,
      };
    case "replaceParagraphText":
      return {
        kind: "setParagraphText",
        blockIndex: fix.blockIndex,
        expectedText: fix.expectedText,
        text: fix.newText,
      };
  }
}
