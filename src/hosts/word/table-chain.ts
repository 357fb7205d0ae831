/**
 * Finding top-level tables in Word without loading the table collection: `body.tables.getFirst()`
 * and `getNext()` chained in one batch, `nestingLevel` loaded on each link. Where the table is in
 * the chain comes from the model and `TableListing`; after the sync, the link is accepted only if
 * it is the k-th at nesting level 1, so a document whose tables changed is caught. One with fewer
 * tables than the model fails the sync with `ItemNotFound`, reported as "not found".
 */
import type { DocumentModel } from "../../core/model/document";
import type { TableListing } from "./table-listing";

export class TableChain {
  private readonly links: Word.Table[] = [];
  private readonly requested = new Map<number, number[]>();

  constructor(
    private readonly body: Word.Body,
    private readonly model: DocumentModel,
    private readonly listing: TableListing
  ) {}

  /**
   * The tables that may be top-level table `tableIndex` (one, or two when nested tables come
   * before it), with their positions; queue work on each and keep the one `position` names.
   */
  candidates(tableIndex: number): { position: number; table: Word.Table }[] {
    const positions = this.listing.positions(this.model, tableIndex);
    this.requested.set(tableIndex, positions);
    this.extendTo(Math.max(...positions));
    return positions.map((position) => ({ position, table: this.link(position) }));
  }

  /** After the sync: the position of top-level table `tableIndex`, or undefined if not there. */
  position(tableIndex: number): number | undefined {
    let topLevelSeen = 0;
    for (let position = 0; position < this.links.length; position++) {
      if (this.link(position).nestingLevel !== 1) continue;
      if (topLevelSeen === tableIndex) {
        return this.requested.get(tableIndex)?.includes(position) ? position : undefined;
      }
      topLevelSeen++;
    }
    return undefined;
  }

  private extendTo(position: number): void {
    while (this.links.length <= position) {
      const previous = this.links[this.links.length - 1];
      const next = previous ? previous.getNext() : this.body.tables.getFirst();
      next.load("nestingLevel");
      this.links.push(next);
    }
  }

  private link(position: number): Word.Table {
    const table = this.links[position];
    if (!table) throw new Error(`no table link ${position}`);
    return table;
  }
}

/** The candidate at the position the chain settled on, after the sync. */
export function chosen<T>(
  chain: TableChain,
  tableIndex: number,
  byPosition: ReadonlyMap<number, T>
): T | undefined {
  const position = chain.position(tableIndex);
  return position === undefined ? undefined : byPosition.get(position);
}
