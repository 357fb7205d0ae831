/**
 * Whether `body.tables` lists nested tables too. The reference says only "the collection of table
 * objects in the body" and documents `nestingLevel` (top-level tables have 1), so the host finds
 * out once, and only when a document has a table nested in a table before the one it needs: the
 * link after the first table holding nested tables is its first nested table (level 2) if they
 * are listed, the next top-level table (level 1) or nothing if not. Word's behaviour does not
 * change while the add-in runs, so the answer is kept.
 */
import type { DocumentModel } from "../../core/model/document";
import { nestedTableCount, topLevelTables } from "./model-tables";

export class TableListing {
  private includesNested: boolean | undefined;

  /** One sync the first time it is needed for these tables; none when known or not needed. */
  async learn(
    context: Word.RequestContext,
    model: DocumentModel,
    tableIndices: Iterable<number>
  ): Promise<void> {
    const holder = this.firstHolderBefore(model, tableIndices);
    if (this.includesNested !== undefined || holder < 0) return;
    let link = context.document.body.tables.getFirst();
    for (let position = 0; position < holder; position++) link = link.getNext();
    const next = link.getNextOrNullObject();
    // eslint-disable-next-line office-addins/no-navigational-load -- nestingLevel is a scalar (WordApi 1.3) the rule does not list
    next.load("nestingLevel");
    await context.sync();
    this.includesNested = !next.isNullObject && next.nestingLevel > 1;
  }

  /** Where `body.tables` lists top-level table `tableIndex`: one position, or two if not settled. */
  positions(model: DocumentModel, tableIndex: number): number[] {
    const tables = topLevelTables(model);
    let nestedBefore = 0;
    for (const table of tables.slice(0, tableIndex)) nestedBefore += nestedTableCount(table);
    if (nestedBefore === 0 || this.includesNested === false) return [tableIndex];
    if (this.includesNested === true) return [tableIndex + nestedBefore];
    return [tableIndex, tableIndex + nestedBefore];
  }

  /** The first table holding nested tables that comes before one of `tableIndices`, or -1. */
  private firstHolderBefore(model: DocumentModel, tableIndices: Iterable<number>): number {
    const holder = topLevelTables(model).findIndex((table) => nestedTableCount(table) > 0);
    if (holder < 0) return -1;
    for (const index of tableIndices) if (index > holder) return holder;
    return -1;
  }
}
