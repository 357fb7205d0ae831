import { FakeClientObject } from "../client-object";
import { FakeOfficeError } from "../errors";
import { nearestAncestor } from "../word-elements";
import type { SelectionMode } from "../word-state";
import { paragraphText } from "../word-text";
import type { TreeElement } from "../xml-tree";
import type { RangeLocation } from "./positions";
import { FakeRange } from "./range";
import { FakeTable } from "./table";
import { FakeTableCell } from "./table-cell";

/** A paragraph collection: the paragraphs are listed when a sync first needs them. */
export class FakeParagraphCollection extends FakeClientObject<TreeElement[]> {
  protected readonly typeName = "ParagraphCollection";
  protected readonly loadable = {};

  protected readProperty(): unknown {
    return undefined;
  }

  getFirst(): FakeParagraph {
    this.requires("getFirst", "1.3");
    return new FakeParagraph(this.context, () => this.item("first"));
  }

  getLast(): FakeParagraph {
    this.requires("getLast", "1.3");
    return new FakeParagraph(this.context, () => this.item("last"));
  }

  private item(which: "first" | "last"): TreeElement {
    const items = this.requireTarget();
    const item = which === "first" ? items[0] : items.at(-1);
    if (!item) throw new FakeOfficeError("ItemNotFound", "the collection is empty");
    return item;
  }
}

export class FakeParagraph extends FakeClientObject<TreeElement> {
  protected readonly typeName = "Paragraph";
  protected readonly loadable = { text: "1.1" };

  protected readProperty(target: TreeElement): unknown {
    return paragraphText(target);
  }

  protected override isStillThere(target: TreeElement): boolean {
    return this.context.state.content.contains(target);
  }

  get text(): string {
    return this.loaded("text") as string;
  }

  getRange(location: RangeLocation = "Whole"): FakeRange {
    this.requires("getRange", "1.3");
    return new FakeRange(this.context, () => ({ element: this.requireTarget(), location }));
  }

  /** Only "Replace" is modelled: the paragraph's runs become one, formatted like its first run. */
  insertText(text: string, insertLocation: "Replace" | "Start" | "End"): FakeRange {
    this.requires("insertText", "1.1");
    this.context.enqueueWrite(
      "Paragraph.insertText",
      () => {
        if (insertLocation !== "Replace") {
          throw new FakeOfficeError(
            "InvalidArgument",
            `the fake does not model Paragraph.insertText "${insertLocation}"`
          );
        }
        this.context.state.content.setParagraphText(this.requireTarget(), text);
      },
      "paragraphChanged"
    );
    return new FakeRange(this.context, () => ({
      element: this.requireTarget(),
      location: "Content",
    }));
  }

  getNext(): FakeParagraph {
    this.requires("getNext", "1.3");
    return new FakeParagraph(this.context, () => {
      const next = this.following();
      if (!next) throw new FakeOfficeError("ItemNotFound", "this paragraph is the last one");
      return next;
    });
  }

  getNextOrNullObject(): FakeParagraph {
    this.requires("getNextOrNullObject", "1.3");
    return new FakeParagraph(this.context, () => this.following() ?? null);
  }

  get parentTableOrNullObject(): FakeTable {
    this.requires("parentTableOrNullObject", "1.3");
    return new FakeTable(this.context, () => nearestAncestor(this.requireTarget(), "tbl") ?? null);
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    this.requires("parentTableCellOrNullObject", "1.3");
    return new FakeTableCell(
      this.context,
      () => nearestAncestor(this.requireTarget(), "tc") ?? null
    );
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.requires("select", "1.1");
    this.context.enqueue(() =>
      this.context.state.selected({ element: this.requireTarget(), mode: selectionMode })
    );
  }

  private following(): TreeElement | undefined {
    const all = this.context.state.content.paragraphs();
    const index = all.indexOf(this.requireTarget());
    return index < 0 ? undefined : all[index + 1];
  }
}
