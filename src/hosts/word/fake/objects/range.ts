import { FakeClientObject } from "../client-object";
import { FakeClientResult } from "../client-result";
import { FakeOfficeError } from "../errors";
import { isWordElement, nearestAncestor } from "../word-elements";
import type { SelectionMode } from "../word-state";
import type { TreeElement } from "../xml-tree";
import { elementParagraphs, elementText } from "./element-text";
import { insertPackage, type InsertLocation } from "./insert-package";
import { FakeParagraphCollection } from "./paragraphs";
import { locationRelation, spanOf, type RangeLocation } from "./positions";
import { FakeTable } from "./table";
import { FakeTableCell } from "./table-cell";

export interface RangeTarget {
  element: TreeElement;
  location: RangeLocation;
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly typeName = "Range";
  protected readonly loadable = { text: "1.1", isEmpty: "1.3" };

  protected readProperty(target: RangeTarget, name: string): unknown {
    const text =
      target.location === "Whole" || target.location === "Content"
        ? elementText(this.context.state.content, target.element)
        : "";
    return name === "isEmpty" ? text === "" : text;
  }

  protected override isStillThere(target: RangeTarget): boolean {
    return this.context.state.content.contains(target.element);
  }

  get text(): string {
    return this.loaded("text") as string;
  }

  get isEmpty(): boolean {
    return this.loaded("isEmpty") as boolean;
  }

  get paragraphs(): FakeParagraphCollection {
    this.requires("paragraphs", "1.1");
    return new FakeParagraphCollection(this.context, () =>
      elementParagraphs(this.requireTarget().element)
    );
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    this.requires("parentTableCellOrNullObject", "1.3");
    return new FakeTableCell(
      this.context,
      () => enclosing(this.requireTarget().element, "tc") ?? null
    );
  }

  get parentTableCell(): FakeTableCell {
    this.requires("parentTableCell", "1.3");
    return new FakeTableCell(this.context, () => {
      const cell = enclosing(this.requireTarget().element, "tc");
      if (!cell) throw new FakeOfficeError("ItemNotFound", "the range is not in a table cell");
      return cell;
    });
  }

  get parentTableOrNullObject(): FakeTable {
    this.requires("parentTableOrNullObject", "1.3");
    return new FakeTable(
      this.context,
      () => enclosing(this.requireTarget().element, "tbl") ?? null
    );
  }

  getRange(location: RangeLocation = "Whole"): FakeRange {
    this.requires("getRange", "1.3");
    return new FakeRange(this.context, () => ({ element: this.requireTarget().element, location }));
  }

  getOoxml(): FakeClientResult<string> {
    this.requires("getOoxml", "1.1");
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const { element } = this.requireTarget();
      const { content } = this.context.state;
      result.fill(
        element === content.body ? content.bodyPackage() : content.elementPackage(element)
      );
    });
    return result;
  }

  insertOoxml(ooxml: string, insertLocation: InsertLocation): FakeRange {
    this.requires("insertOoxml", "1.1");
    let first: TreeElement | undefined;
    this.context.enqueueWrite(
      "Range.insertOoxml",
      () => {
        first = insertPackage(
          this.context.state.content,
          this.requireTarget(),
          ooxml,
          insertLocation
        );
      },
      "paragraphAdded"
    );
    return new FakeRange(this.context, () =>
      first ? { element: first, location: "Whole" } : null
    );
  }

  compareLocationWith(range: FakeRange): FakeClientResult<string> {
    this.requires("compareLocationWith", "1.3");
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const root = this.context.state.content.root;
      const mine = this.requireTarget();
      const theirs = range.requireTarget();
      result.fill(
        locationRelation(
          spanOf(root, mine.element, mine.location),
          spanOf(root, theirs.element, theirs.location)
        )
      );
    });
    return result;
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.requires("select", "1.1");
    this.context.enqueue(() => {
      const { element } = this.requireTarget();
      this.context.state.selected({ element, mode: selectionMode });
    });
  }
}

/** The element itself when it is of that kind, else its nearest ancestor of that kind. */
function enclosing(element: TreeElement, localName: string): TreeElement | undefined {
  return isWordElement(element, localName) ? element : nearestAncestor(element, localName);
}
