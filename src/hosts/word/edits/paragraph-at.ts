/**
 * A body paragraph of the model found in Word without loading the paragraph collection: counted
 * from the paragraph after the nearest table before it (Word's paragraph collection includes the
 * paragraphs in tables, the model's blocks do not), or from the body's first paragraph, and
 * chained with `getNext()` in the preflight batch. Its text is loaded so the operation can check
 * that it is still the paragraph the model had.
 */
import { chosen } from "../table-chain";
import type { Preflight } from "./operation";

/** What finding a paragraph needs from a preflight (not its rendering frame). */
type Finding = Pick<Preflight, "context" | "model" | "tables">;

export class ParagraphAt {
  private tableIndex = -1;
  private single: Word.Paragraph | undefined;
  private readonly byPosition = new Map<number, Word.Paragraph>();

  constructor(
    private readonly preflight: Finding,
    blockIndex: number
  ) {
    const { model, tables, context } = preflight;
    const previousTable = model.blocks
      .slice(0, blockIndex)
      .reverse()
      .find((candidate) => candidate.kind === "table");
    if (previousTable?.kind === "table") {
      this.tableIndex = previousTable.tableIndex;
      for (const { position, table } of tables.candidates(previousTable.tableIndex)) {
        const paragraph = walk(
          table.getParagraphAfter(),
          blockIndex - previousTable.blockIndex - 1
        );
        paragraph.load("text");
        this.byPosition.set(position, paragraph);
      }
    } else {
      this.single = walk(context.document.body.paragraphs.getFirst(), blockIndex);
      this.single.load("text");
    }
  }

  /** After the preflight sync: the paragraph, or undefined when the tables before it changed. */
  found(): Word.Paragraph | undefined {
    return this.single ?? chosen(this.preflight.tables, this.tableIndex, this.byPosition);
  }

  /** Before the sync: the one paragraph it may be, when the tables before it leave no doubt. */
  onlyCandidate(): Word.Paragraph | undefined {
    if (this.single) return this.single;
    const [only, ...others] = [...this.byPosition.values()];
    return others.length === 0 ? only : undefined;
  }
}

/** `count` paragraphs on from `start`, chained in the batch (no sync). */
function walk(start: Word.Paragraph, count: number): Word.Paragraph {
  let paragraph = start;
  for (let step = 0; step < count; step++) paragraph = paragraph.getNext();
  return paragraph;
}
