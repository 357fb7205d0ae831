/**
 * Edits inside a top-level table, each found through the table chain in the preflight and
 * checked against the model before anything is written.
 */
import type { DocumentEdit } from "../../../core/edits/edit";
import type { TableBlock } from "../../../core/model/document";
import { sameText } from "../cell-text";
import { failureOf, NOT_FOUND, STALE, type Failure } from "../failures";
import { chosen } from "../table-chain";
import type { EditOperation, Preflight } from "./operation";
import { packageTableRowCount, rewriteTablePackage } from "./rewrite-table";

/** Finds the table (its candidates), with its row count to check it still has the model's rows. */
abstract class TableOperation<T> implements EditOperation {
  abstract readonly order: readonly number[];
  readonly readsFirst = true;
  private preflight: Preflight | undefined;
  private readonly tables = new Map<number, Word.Table>();
  private readonly found = new Map<number, T>();
  protected table: Word.Table | undefined;
  protected target: T | undefined;

  constructor(protected readonly modelTable: TableBlock) {}

  /** Queues, on one candidate table, the reads this operation needs. */
  protected abstract locate(table: Word.Table): T;

  /** After the sync, on the chosen candidate: a failure, or undefined. */
  protected abstract verify(target: T): Failure | undefined;

  abstract write(): void;

  prepare(preflight: Preflight): void {
    this.preflight = preflight;
    for (const { position, table } of preflight.tables.candidates(this.modelTable.tableIndex)) {
      table.load("rowCount");
      this.tables.set(position, table);
      this.found.set(position, this.locate(table));
    }
  }

  check(): Failure | undefined {
    if (!this.preflight) return NOT_FOUND;
    const { tableIndex } = this.modelTable;
    this.table = chosen(this.preflight.tables, tableIndex, this.tables);
    this.target = chosen(this.preflight.tables, tableIndex, this.found);
    if (!this.table || this.target === undefined) return NOT_FOUND;
    if (this.table.rowCount !== this.modelTable.rows.length) return STALE;
    return this.verify(this.target);
  }
}

/** `setCellText`: refused as stale when the cell no longer holds the expected text. */
export class SetCellText extends TableOperation<Word.TableCell> {
  readonly order: number[];

  constructor(
    modelTable: TableBlock,
    private readonly edit: Extract<DocumentEdit, { kind: "setCellText" }>
  ) {
    super(modelTable);
    this.order = [modelTable.blockIndex, edit.cell.rowIndex, 0];
  }

  protected locate(table: Word.Table): Word.TableCell {
    const cell = table.getCellOrNullObject(this.edit.cell.rowIndex, this.edit.cell.cellIndex);
    cell.load("value");
    return cell;
  }

  protected verify(cell: Word.TableCell): Failure | undefined {
    if (cell.isNullObject) return NOT_FOUND;
    return sameText(cell.value, this.edit.expectedText) ? undefined : STALE;
  }

  write(): void {
    this.target?.body.insertText(this.edit.text, "Replace");
  }
}

/** Plain rows copied from the row next to them with Word's `TableRow.insertRows`. */
export class InsertRowsNatively extends TableOperation<Word.TableCell> {
  readonly order: number[];

  constructor(
    modelTable: TableBlock,
    afterRowIndex: number,
    private readonly templateRowIndex: number,
    private readonly location: "Before" | "After",
    private readonly values: string[][]
  ) {
    super(modelTable);
    this.order = [modelTable.blockIndex, afterRowIndex, 1];
  }

  /** The template row's first cell: the row itself comes from it once the table is chosen. */
  protected locate(table: Word.Table): Word.TableCell {
    const cell = table.getCellOrNullObject(this.templateRowIndex, 0);
    // eslint-disable-next-line office-addins/no-navigational-load -- isNullObject is no navigation property; it is all that is needed
    cell.load("isNullObject");
    return cell;
  }

  protected verify(cell: Word.TableCell): Failure | undefined {
    return cell.isNullObject ? NOT_FOUND : undefined;
  }

  write(): void {
    this.target?.parentRow.insertRows(this.location, this.values.length, this.values);
  }
}

/**
 * Edits applied to the table's own Office Open XML by the writer, then the table replaced:
 * `replaceTable`, and rows Word cannot insert natively (with the table's other cell edits, which
 * the writer checks against the table's current text).
 */
export class RewriteTable extends TableOperation<OfficeExtension.ClientResult<string>> {
  readonly order: number[];
  private ooxml = "";

  constructor(
    modelTable: TableBlock,
    private readonly edits: DocumentEdit[]
  ) {
    super(modelTable);
    this.order = [modelTable.blockIndex, -1];
  }

  protected locate(table: Word.Table): OfficeExtension.ClientResult<string> {
    return table.getRange("Whole").getOoxml();
  }

  protected verify(ooxml: OfficeExtension.ClientResult<string>): Failure | undefined {
    try {
      const tablePackage = ooxml.value;
      if (packageTableRowCount(tablePackage) !== this.modelTable.rows.length) return STALE;
      this.ooxml = rewriteTablePackage(tablePackage, this.edits);
    } catch (error) {
      return failureOf(error);
    }
    return undefined;
  }

  write(): void {
    this.table?.getRange("Whole").insertOoxml(this.ooxml, "Replace");
  }
}
