import { FakeClientObject } from "../client-object";
import { FakeOfficeError } from "../errors";
import {
  isWordElement,
  nearestAncestor,
  rowCells,
  tableRows,
  wordChildElement,
} from "../word-elements";
import type { TreeElement } from "../xml-tree";

export class FakeTableRowCollection extends FakeClientObject<TreeElement> {
  protected readonly typeName = "TableRowCollection";
  protected readonly loadable = {};

  protected readProperty(): unknown {
    return undefined;
  }

  getFirst(): FakeTableRow {
    this.requires("getFirst", "1.3");
    return new FakeTableRow(this.context, () => {
      const first = tableRows(this.requireTarget())[0];
      if (!first) throw new FakeOfficeError("ItemNotFound", "the table has no rows");
      return first;
    });
  }
}

/** The rows `insertRows` added, as Word returns them (the fake lets them be loaded only). */
export class FakeInsertedRows extends FakeClientObject<TreeElement[]> {
  protected readonly typeName = "TableRowCollection";
  protected readonly loadable = {};

  protected readProperty(): unknown {
    return undefined;
  }
}

export class FakeTableRow extends FakeClientObject<TreeElement> {
  protected readonly typeName = "TableRow";
  protected readonly loadable = { cellCount: "1.3", rowIndex: "1.3", isHeader: "1.3" };

  protected readProperty(target: TreeElement, name: string): unknown {
    if (name === "cellCount") return rowCells(target).length;
    if (name === "rowIndex") return tableRows(table(target)).indexOf(target);
    const properties = wordChildElement(target, "trPr");
    return Boolean(properties && wordChildElement(properties, "tblHeader"));
  }

  protected override isStillThere(target: TreeElement): boolean {
    return this.context.state.content.contains(target);
  }

  get cellCount(): number {
    return this.loaded("cellCount") as number;
  }

  get rowIndex(): number {
    return this.loaded("rowIndex") as number;
  }

  get isHeader(): boolean {
    return this.loaded("isHeader") as boolean;
  }

  getNext(): FakeTableRow {
    this.requires("getNext", "1.3");
    return new FakeTableRow(this.context, () => {
      const row = this.requireTarget();
      const rows = tableRows(table(row));
      const next = rows[rows.indexOf(row) + 1];
      if (!next) throw new FakeOfficeError("ItemNotFound", "this row is the last one");
      return next;
    });
  }

  /** Rows copied from this one (Word's "insert row below/above"), holding `values`. */
  insertRows(
    insertLocation: "Before" | "After",
    rowCount: number,
    values?: string[][]
  ): FakeInsertedRows {
    this.requires("insertRows", "1.3");
    let inserted: TreeElement[] = [];
    this.context.enqueueWrite(
      "TableRow.insertRows",
      () => {
        if (!Number.isInteger(rowCount) || rowCount < 1 || (values && values.length !== rowCount)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `insertRows(${rowCount}) with ${values?.length ?? 0} rows of values`
          );
        }
        const rowValues = values ?? Array.from({ length: rowCount }, () => []);
        inserted = this.context.state.content.insertRows(
          this.requireTarget(),
          insertLocation,
          rowValues
        );
      },
      "paragraphAdded"
    );
    return new FakeInsertedRows(this.context, () => inserted);
  }
}

function table(row: TreeElement): TreeElement {
  const found = nearestAncestor(row, "tbl");
  if (!found || !isWordElement(found, "tbl")) throw new Error("a row outside a table");
  return found;
}
