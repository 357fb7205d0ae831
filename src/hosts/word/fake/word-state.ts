/** What every fake object of one fake Word shares: the document, the API set, the selection. */
import type { ApiSetGate } from "./api-sets";
import type { DocumentContent, FakeCellLocation } from "./document-content";
import type { TreeElement } from "./xml-tree";

export type SelectionMode = "Select" | "Start" | "End";

/** The selection: an element (paragraph, cell, table) and which part of it. */
export interface FakeSelection {
  element: TreeElement;
  mode: SelectionMode;
}

/** What the last `select()` selected, for tests to assert. */
export type RecordedSelection =
  | ({ kind: "cell"; mode: SelectionMode } & FakeCellLocation)
  | { kind: "paragraph"; mode: SelectionMode; text: string }
  | { kind: "table"; mode: SelectionMode; tableIndex: number }
  | { kind: "body"; mode: SelectionMode };

export type ParagraphEventType = "paragraphChanged" | "paragraphAdded" | "paragraphDeleted";

export interface WordState {
  readonly content: DocumentContent;
  readonly gate: ApiSetGate;
  isReadOnly(): boolean;
  selection: FakeSelection;
  /** Called for each `select()` that ran. */
  selected(selection: FakeSelection): void;
  /** Called after each write that ran: Word reports its own edits as paragraph events too. */
  wrote(type: ParagraphEventType): void;
  addParagraphHandler(type: ParagraphEventType, handler: ParagraphHandler): void;
  removeParagraphHandler(type: ParagraphEventType, handler: ParagraphHandler): void;
  countSync(): Promise<void>;
  /**
   * Called for every breach of Word's rules by the code under test (a property read without a
   * synced load, a null object used): recorded as well as thrown, because a host that turns
   * errors into "not found" answers would otherwise hide them from tests.
   */
  misused(what: string): void;
}

export interface ParagraphEvent {
  type: ParagraphEventType;
  source: "Local" | "Remote";
  uniqueLocalIds: string[];
}

export type ParagraphHandler = (event: ParagraphEvent) => Promise<unknown>;
