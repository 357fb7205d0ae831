/**
 * Inserting a fragment (paragraphs, tables, the appendix) with `insertOoxml`: at the end of the
 * body, after a block, or after the paragraph holding the cursor. Never into the middle of a
 * paragraph the user is typing in and never over selected text: the content goes after the whole
 * paragraph (`getRange("Whole").insertOoxml(…, "After")`), or after the whole table when the
 * cursor is in one.
 */
import type { FragmentSpec } from "../../../core/edits/spec";
import type { DocumentModel } from "../../../core/model/document";
import { sameText } from "../cell-text";
import { chosen } from "../table-chain";
import { NOT_FOUND, STALE, type Failure } from "../failures";
import type { EditOperation, Preflight } from "./operation";
import { ParagraphAt } from "./paragraph-at";
import { fragmentPackage, type Following, type Preceding } from "./render-fragment";

function kindAt(model: DocumentModel, blockIndex: number): Following {
  return model.blocks[blockIndex]?.kind ?? "end";
}

export class InsertAtEnd implements EditOperation {
  readonly order = [Infinity];
  readonly readsFirst = false;
  private ooxml = "";

  constructor(private readonly fragment: FragmentSpec) {}

  prepare({ model, frame }: Preflight): void {
    const last = model.blocks.at(-1)?.kind ?? "paragraph";
    this.ooxml = fragmentPackage(frame, this.fragment, last, "end");
  }

  check(): Failure | undefined {
    return undefined;
  }

  write(context: Word.RequestContext): void {
    context.document.body.insertOoxml(this.ooxml, "End");
  }
}

/** After block `blockIndex` of the model: found, and checked to be unchanged, before writing. */
export class InsertAfterBlock implements EditOperation {
  readonly order: number[];
  readonly readsFirst = true;
  private ooxml = "";
  private tableIndex = -1;
  private preflight: Preflight | undefined;
  private readonly tables = new Map<number, Word.Table>();
  private paragraph: ParagraphAt | undefined;
  private anchor: Word.Table | Word.Paragraph | undefined;

  constructor(
    private readonly fragment: FragmentSpec,
    private readonly blockIndex: number
  ) {
    this.order = [blockIndex, Infinity];
  }

  prepare(preflight: Preflight): void {
    this.preflight = preflight;
    const { model, frame, tables } = preflight;
    const block = model.blocks[this.blockIndex];
    if (!block) throw new Error(`no block ${this.blockIndex}`);
    this.ooxml = fragmentPackage(
      frame,
      this.fragment,
      block.kind,
      kindAt(model, this.blockIndex + 1)
    );
    if (block.kind === "table") {
      this.tableIndex = block.tableIndex;
      for (const { position, table } of tables.candidates(block.tableIndex)) {
        table.load("rowCount");
        this.tables.set(position, table);
      }
      return;
    }
    this.paragraph = new ParagraphAt(preflight, this.blockIndex);
  }

  check(): Failure | undefined {
    const model = this.preflight?.model;
    const block = model?.blocks[this.blockIndex];
    if (!this.preflight || !block) return NOT_FOUND;
    if (block.kind === "table") {
      const table = chosen(this.preflight.tables, this.tableIndex, this.tables);
      if (!table) return NOT_FOUND;
      if (table.rowCount !== block.rows.length) return STALE;
      this.anchor = table;
      return undefined;
    }
    const paragraph = this.paragraph?.found();
    if (!paragraph) return NOT_FOUND;
    if (!sameText(paragraph.text, block.text)) return STALE;
    this.anchor = paragraph;
    return undefined;
  }

  write(): void {
    this.anchor?.getRange("Whole").insertOoxml(this.ooxml, "After");
  }
}

/** After the paragraph holding the cursor (or the end of the selection), or after its table. */
export class InsertAtCursor implements EditOperation {
  /** Unknown until the preflight; written last, and Word keeps the other targets bound anyway. */
  readonly order = [-Infinity];
  readonly readsFirst = true;
  private paragraph: Word.Paragraph | undefined;
  private table: Word.Table | undefined;
  private frame: Preflight["frame"] | undefined;
  private ooxml = "";
  private anchor: Word.Table | Word.Paragraph | undefined;

  constructor(private readonly fragment: FragmentSpec) {}

  prepare({ context, frame }: Preflight): void {
    this.frame = frame;
    this.paragraph = context.document.getSelection().paragraphs.getLast();
    this.table = this.paragraph.parentTableOrNullObject;
    this.table.load("nestingLevel");
  }

  check(): Failure | undefined {
    if (!this.paragraph || !this.table || !this.frame) return NOT_FOUND;
    let preceding: Preceding = "paragraph";
    if (this.table.isNullObject) {
      this.anchor = this.paragraph;
    } else {
      // The outermost table: inserting after a nested table would put the fragment in a cell.
      let outermost = this.table;
      for (let level = this.table.nestingLevel; level > 1; level--)
        outermost = outermost.parentTable;
      this.anchor = outermost;
      preceding = "table";
    }
    // What follows is not known without another round trip; "table" makes the writer end a
    // fragment that ends with a table with an empty paragraph, so two tables never merge.
    this.ooxml = fragmentPackage(this.frame, this.fragment, preceding, "table");
    return undefined;
  }

  write(): void {
    this.anchor?.getRange("Whole").insertOoxml(this.ooxml, "After");
  }
}
