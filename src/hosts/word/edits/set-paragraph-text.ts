/**
 * `setParagraphText`: a body paragraph's text replaced with `Paragraph.insertText(…, "Replace")`,
 * which keeps the paragraph's formatting. Refused as stale when the paragraph no longer holds the
 * expected text.
 */
import type { DocumentEdit } from "../../../core/edits/edit";
import { sameText } from "../cell-text";
import { NOT_FOUND, STALE, type Failure } from "../failures";
import type { EditOperation, Preflight } from "./operation";
import { ParagraphAt } from "./paragraph-at";

export class SetParagraphText implements EditOperation {
  readonly order: number[];
  readonly readsFirst = true;
  private located: ParagraphAt | undefined;
  private target: Word.Paragraph | undefined;

  constructor(private readonly edit: Extract<DocumentEdit, { kind: "setParagraphText" }>) {
    this.order = [edit.blockIndex, 0];
  }

  prepare(preflight: Preflight): void {
    this.located = new ParagraphAt(preflight, this.edit.blockIndex);
  }

  check(): Failure | undefined {
    const paragraph = this.located?.found();
    if (!paragraph) return NOT_FOUND;
    if (!sameText(paragraph.text, this.edit.expectedText)) return STALE;
    this.target = paragraph;
    return undefined;
  }

  write(): void {
    this.target?.insertText(this.edit.text, "Replace");
  }
}
