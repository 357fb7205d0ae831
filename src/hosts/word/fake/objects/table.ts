import { FakeClientObject } from "../client-object";
import { FakeOfficeError } from "../errors";
import { collectDeep, nearestAncestor, nestingLevel, rowCells, tableRows } from "../word-elements";
import { FakeParagraph } from "./paragraphs";
import type { SelectionMode } from "../word-state";
import type { TreeElement } from "../xml-tree";
import type { RangeLocation } from "./positions";
import { FakeRange } from "./range";
import { FakeTableCell } from "./table-cell";
import { FakeTableRowCollection } from "./table-row";

/** A table collection in document order (see `bodyTablesIncludeNested`). */
export class FakeTableCollection extends FakeClientObject<TreeElement[]> {
  protected readonly typeName = "TableCollection";
  protected readonly loadable = {};

  protected readProperty(): unknown {
    return undefined;
  }

  getFirst(): FakeTable {
    this.requires("getFirst", "1.3");
    return new FakeTable(this.context, () => {
      const first = this.requireTarget()[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", "there is no table");
      return first;
    });
  }

  getFirstOrNullObject(): FakeTable {
    this.requires("getFirstOrNullObject", "1.3");
    return new FakeTable(this.context, () => this.requireTarget()[0] ?? null);
  }
}

export class FakeTable extends FakeClientObject<TreeElement> {
  protected readonly typeName = "Table";
  protected readonly loadable = { rowCount: "1.3", nestingLevel: "1.3", values: "1.3" };

  protected readProperty(target: TreeElement, name: string): unknown {
    if (name === "rowCount") return tableRows(target).length;
    if (name === "nestingLevel") return nestingLevel(target);
    const { content } = this.context.state;
    return tableRows(target).map((row) => rowCells(row).map((cell) => content.cellValue(cell)));
  }

  protected override isStillThere(target: TreeElement): boolean {
    return this.context.state.content.contains(target);
  }

  get rowCount(): number {
    return this.loaded("rowCount") as number;
  }

  get nestingLevel(): number {
    return this.loaded("nestingLevel") as number;
  }

  get values(): string[][] {
    return this.loaded("values") as string[][];
  }

  get rows(): FakeTableRowCollection {
    this.requires("rows", "1.3");
    return new FakeTableRowCollection(this.context, () => this.requireTarget());
  }

  /** The table this one is nested in (ItemNotFound for a top-level table). */
  get parentTable(): FakeTable {
    this.requires("parentTable", "1.3");
    return new FakeTable(this.context, () => {
      const parent = nearestAncestor(this.requireTarget(), "tbl");
      if (!parent) throw new FakeOfficeError("ItemNotFound", "the table is not nested");
      return parent;
    });
  }

  /** The paragraph after the table (ItemNotFound when none). */
  getParagraphAfter(): FakeParagraph {
    this.requires("getParagraphAfter", "1.3");
    return new FakeParagraph(this.context, () => {
      const all = this.context.state.content.paragraphs();
      const table = this.requireTarget();
      const inside = new Set(collectDeep(table, "p"));
      const last = [...inside].at(-1);
      const after = last ? all[all.indexOf(last) + 1] : undefined;
      if (!after || inside.has(after))
        throw new FakeOfficeError("ItemNotFound", "no paragraph after the table");
      return after;
    });
  }

  getNext(): FakeTable {
    this.requires("getNext", "1.3");
    return new FakeTable(this.context, () => {
      const next = this.following();
      if (!next) throw new FakeOfficeError("ItemNotFound", "this table is the last one");
      return next;
    });
  }

  getNextOrNullObject(): FakeTable {
    this.requires("getNextOrNullObject", "1.3");
    return new FakeTable(this.context, () => this.following() ?? null);
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    this.requires("getCell", "1.3");
    return new FakeTableCell(this.context, () => {
      const cell = this.cellAt(rowIndex, cellIndex);
      if (!cell)
        throw new FakeOfficeError("ItemNotFound", `no cell at row ${rowIndex}, cell ${cellIndex}`);
      return cell;
    });
  }

  /**
   * Null when the row or cell does not exist. A cell continuing a vertical merge is null too:
   * the fake follows Word's object model, where a vertically merged cell belongs to its first
   * row (what Word's API does with these cells is not documented; see office-js issue 3200).
   */
  getCellOrNullObject(rowIndex: number, cellIndex: number): FakeTableCell {
    this.requires("getCellOrNullObject", "1.3");
    return new FakeTableCell(this.context, () => this.cellAt(rowIndex, cellIndex) ?? null);
  }

  getRange(location: RangeLocation = "Whole"): FakeRange {
    this.requires("getRange", "1.3");
    return new FakeRange(this.context, () => ({ element: this.requireTarget(), location }));
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.requires("select", "1.3");
    this.context.enqueue(() =>
      this.context.state.selected({ element: this.requireTarget(), mode: selectionMode })
    );
  }

  /** WordApi 1.4: on a 1.3 Word this throws ApiNotFound; the fake models no more of it. */
  mergeCells(): FakeTableCell {
    this.requires("mergeCells", "1.4");
    throw new FakeOfficeError("InvalidArgument", "the fake does not model mergeCells");
  }

  private following(): TreeElement | undefined {
    const tables = this.context.state.content.bodyTables();
    const index = tables.indexOf(this.requireTarget());
    return index < 0 ? undefined : tables[index + 1];
  }

  private cellAt(rowIndex: number, cellIndex: number): TreeElement | undefined {
    const row = tableRows(this.requireTarget())[rowIndex];
    const cell = row && rowCells(row)[cellIndex];
    if (!cell || this.context.state.content.isContinuation(cell)) return undefined;
    return cell;
  }
}
