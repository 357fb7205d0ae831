import { FakeClientObject } from "../client-object";
import { FakeOfficeError } from "../errors";
import { isVerticallyMerged, nearestAncestor, rowCells, tableRows } from "../word-elements";
import type { TreeElement } from "../xml-tree";
import { FakeBody } from "./body";
import { FakeTable } from "./table";
import { FakeTableRow } from "./table-row";

export class FakeTableCell extends FakeClientObject<TreeElement> {
  protected readonly typeName = "TableCell";
  protected readonly loadable = { value: "1.3", cellIndex: "1.3", rowIndex: "1.3" };

  protected readProperty(target: TreeElement, name: string): unknown {
    const row = nearestAncestor(target, "tr");
    const table = row && nearestAncestor(row, "tbl");
    if (!row || !table) throw new Error("a cell outside a table");
    if (name === "value") return this.context.state.content.cellValue(target);
    if (name === "rowIndex") return tableRows(table).indexOf(row);
    // office-js issue 3200: loading cellIndex of a vertically merged cell fails the whole batch.
    if (isVerticallyMerged(target)) {
      throw new FakeOfficeError("GeneralException", "cellIndex of a vertically merged cell");
    }
    return rowCells(row).indexOf(target);
  }

  protected override isStillThere(target: TreeElement): boolean {
    return this.context.state.content.contains(target);
  }

  get value(): string {
    return this.loaded("value") as string;
  }

  get cellIndex(): number {
    return this.loaded("cellIndex") as number;
  }

  get rowIndex(): number {
    return this.loaded("rowIndex") as number;
  }

  get body(): FakeBody {
    this.requires("body", "1.3");
    return new FakeBody(this.context, () => ({ kind: "cell", cell: this.requireTarget() }));
  }

  get parentRow(): FakeTableRow {
    this.requires("parentRow", "1.3");
    return new FakeTableRow(this.context, () => {
      const row = nearestAncestor(this.requireTarget(), "tr");
      if (!row) throw new Error("a cell outside a row");
      return row;
    });
  }

  get parentTable(): FakeTable {
    this.requires("parentTable", "1.3");
    return new FakeTable(this.context, () => {
      const table = nearestAncestor(this.requireTarget(), "tbl");
      if (!table) throw new Error("a cell outside a table");
      return table;
    });
  }

  /** WordApiDesktop 1.4 only: select the cell's body instead on WordApi. */
  select(): void {
    this.context.state.gate.requireDesktop("TableCell.select", "1.4");
  }

  /** WordApi 1.4. */
  split(): void {
    this.requires("split", "1.4");
    throw new FakeOfficeError("InvalidArgument", "the fake does not model split");
  }
}
