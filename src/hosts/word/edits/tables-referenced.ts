import type { DocumentEdit } from "../../../core/edits/edit";
import type { DocumentModel } from "../../../core/model/document";

/** The top-level tables a batch finds in Word: those it edits and those it counts from. */
export function tablesReferenced(model: DocumentModel, edits: readonly DocumentEdit[]): number[] {
  const indices = new Set<number>();
  for (const edit of edits) {
    if (edit.kind === "setCellText") indices.add(edit.cell.tableIndex);
    else if (edit.kind === "insertRows" || edit.kind === "replaceTable") {
      indices.add(edit.tableIndex);
    } else {
      const blockIndex =
        edit.kind === "setParagraphText"
          ? edit.blockIndex
          : edit.at.kind === "afterBlock"
            ? edit.at.blockIndex
            : undefined;
      if (blockIndex === undefined) continue;
      const anchor = model.blocks
        .slice(0, blockIndex + 1)
        .reverse()
        .find((block) => block.kind === "table");
      if (anchor?.kind === "table") indices.add(anchor.tableIndex);
    }
  }
  return [...indices];
}
