import { FakeClientObject } from "../client-object";
import { FakeClientResult } from "../client-result";
import { FakeOfficeError } from "../errors";
import { cellParagraphs, collect, isWordElement } from "../word-elements";
import type { SelectionMode } from "../word-state";
import { removeChildren, insertNodes, type TreeElement } from "../xml-tree";
import { elementText } from "./element-text";
import { FakeParagraphCollection } from "./paragraphs";
import type { RangeLocation } from "./positions";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./table";

/** The document's body, or a table cell's. */
export type BodyTarget = { kind: "document" } | { kind: "cell"; cell: TreeElement };

export class FakeBody extends FakeClientObject<BodyTarget> {
  protected readonly typeName = "Body";
  protected readonly loadable = { text: "1.1" };

  protected readProperty(target: BodyTarget): unknown {
    return elementText(this.context.state.content, this.element(target));
  }

  protected override isStillThere(target: BodyTarget): boolean {
    return target.kind === "document" || this.context.state.content.contains(target.cell);
  }

  get text(): string {
    return this.loaded("text") as string;
  }

  get tables(): FakeTableCollection {
    this.requires("tables", "1.3");
    return new FakeTableCollection(this.context, () => {
      const target = this.requireTarget();
      return target.kind === "document"
        ? this.context.state.content.bodyTables()
        : collect(target.cell, "tbl", ["tbl"]);
    });
  }

  get paragraphs(): FakeParagraphCollection {
    this.requires("paragraphs", "1.1");
    return new FakeParagraphCollection(this.context, () => {
      const target = this.requireTarget();
      return target.kind === "document"
        ? this.context.state.content.paragraphs()
        : cellParagraphs(target.cell);
    });
  }

  getRange(location: RangeLocation = "Whole"): FakeRange {
    this.requires("getRange", "1.3");
    return new FakeRange(this.context, () => ({
      element: this.element(this.requireTarget()),
      location,
    }));
  }

  getOoxml(): FakeClientResult<string> {
    this.requires("getOoxml", "1.1");
    const result = new FakeClientResult<string>();
    this.context.enqueue(() => {
      const target = this.requireTarget();
      if (target.kind !== "document") throw notModelled("getOoxml of a cell body");
      result.fill(this.context.state.content.bodyPackage());
    });
    return result;
  }

  insertOoxml(ooxml: string, insertLocation: "Replace" | "Start" | "End"): FakeRange {
    this.requires("insertOoxml", "1.1");
    let first: TreeElement | undefined;
    this.context.enqueueWrite(
      "Body.insertOoxml",
      () => {
        const target = this.requireTarget();
        const { content } = this.context.state;
        const blocks = content.packageBlocks(ooxml);
        first = blocks.find((node): node is TreeElement => node.kind === "element");
        if (target.kind === "document" && insertLocation === "End") content.insertAtBodyEnd(blocks);
        else if (target.kind === "document" && insertLocation === "Start")
          content.insertAtBodyStart(blocks);
        else if (target.kind === "cell" && insertLocation === "Replace") {
          removeChildren(
            target.cell,
            (node) => !(node.kind === "element" && isWordElement(node, "tcPr"))
          );
          insertNodes(target.cell, target.cell.children.length, blocks);
        } else throw notModelled(`Body.insertOoxml "${insertLocation}" on a ${target.kind} body`);
      },
      "paragraphAdded"
    );
    return new FakeRange(this.context, () =>
      first ? { element: first, location: "Whole" } : null
    );
  }

  insertText(text: string, insertLocation: "Replace" | "Start" | "End"): FakeRange {
    this.requires("insertText", "1.1");
    this.context.enqueueWrite(
      "Body.insertText",
      () => {
        const target = this.requireTarget();
        if (target.kind !== "cell" || insertLocation !== "Replace") {
          throw notModelled(`Body.insertText "${insertLocation}" on a ${target.kind} body`);
        }
        this.context.state.content.setCellText(target.cell, text);
      },
      "paragraphChanged"
    );
    return new FakeRange(this.context, () => ({
      element: this.element(this.requireTarget()),
      location: "Content",
    }));
  }

  select(selectionMode: SelectionMode = "Select"): void {
    this.requires("select", "1.1");
    this.context.enqueue(() =>
      this.context.state.selected({
        element: this.element(this.requireTarget()),
        mode: selectionMode,
      })
    );
  }

  private element(target: BodyTarget): TreeElement {
    return target.kind === "document" ? this.context.state.content.body : target.cell;
  }
}

function notModelled(what: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `the fake does not model ${what}`);
}
