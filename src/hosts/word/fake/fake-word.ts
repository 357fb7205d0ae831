/**
 * A strict fake of the Word JavaScript API objects the Word host uses, backed by a real
 * document (its word/document.xml and styles), for tests and the browser test page. It keeps
 * Word's rules that a host can get wrong without noticing: nothing happens before `sync()`,
 * unloaded properties cannot be read, null objects must be tested, a failing action fails its
 * sync, members above the configured WordApi version do not exist, and a read-only document
 * refuses writes. It counts syncs, can add latency to each, and reports what was selected.
 */
import { ApiSetGate } from "./api-sets";
import { DocumentContent, type FakeCellLocation } from "./document-content";
import { FakeOffice } from "./office";
import { FakeRequestContext } from "./request-context";
import { isWordElement, nearestAncestor, rowCells, tableRows } from "./word-elements";
import { paragraphText } from "./word-text";
import type {
  FakeSelection,
  ParagraphEventType,
  ParagraphHandler,
  RecordedSelection,
  WordState,
} from "./word-state";
import type { TreeElement } from "./xml-tree";

export interface FakeWordOptions {
  /** The main document part (word/document.xml). */
  documentXml: string;
  /** The styles part, included in `getOoxml()` packages like Word does. */
  stylesXml?: string;
  /** The WordApi requirement set this Word supports; "1.3" when absent. */
  apiVersion?: string;
  readOnly?: boolean;
  /** Added to every sync, e.g. 50 ms to feel like Word on the web. */
  syncLatencyMs?: number;
  /** Whether `body.tables` lists nested tables too (true when absent). */
  bodyTablesIncludeNested?: boolean;
  /** How long after a change Word reports it through events (0 when absent). */
  eventDelayMs?: number;
}

export interface FakeWordRunner {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

export class FakeWord {
  readonly gate: ApiSetGate;
  readonly office: FakeOffice;
  readonly word: FakeWordRunner;
  syncCount = 0;
  /** Everything `select()` selected, in order. */
  readonly selections: RecordedSelection[] = [];
  /** Every breach of Word's rules so far (see `WordState.misused`); tests expect none. */
  readonly misuses: string[] = [];
  readOnly: boolean;
  private readonly content: DocumentContent;
  private readonly state: WordState;
  private readonly paragraphHandlers = new Map<ParagraphEventType, Set<ParagraphHandler>>();
  private pendingEvents = 0;

  constructor(private readonly options: FakeWordOptions) {
    this.gate = new ApiSetGate(options.apiVersion ?? "1.3");
    this.office = new FakeOffice(this.gate);
    this.readOnly = options.readOnly ?? false;
    this.content = new DocumentContent(options.documentXml, options.stylesXml, {
      bodyTablesIncludeNested: options.bodyTablesIncludeNested ?? true,
    });
    const first = this.content.paragraphs()[0] ?? this.content.body;
    this.state = this.createState({ element: first, mode: "Start" });
    this.word = { run: (batch) => this.run(batch) };
  }

  /** The document as it is now (word/document.xml). */
  get documentXml(): string {
    return this.content.xml;
  }

  get lastSelection(): RecordedSelection | undefined {
    return this.selections.at(-1);
  }

  /** Puts the cursor at the start of a cell, as the user clicking there would (no event). */
  placeCursorInCell(cell: { tableIndex: number; rowIndex: number; cellIndex: number }): void {
    this.state.selection = { element: this.cellElement(cell), mode: "Start" };
  }

  /** Puts the cursor at the start of the paragraph holding `text` (the first such). */
  placeCursorInParagraph(text: string, mode: FakeSelection["mode"] = "Start"): void {
    const paragraph = this.content.paragraphs().find((p) => paragraphText(p).includes(text));
    if (!paragraph) throw new Error(`fake: no paragraph holds "${text}"`);
    this.state.selection = { element: paragraph, mode };
  }

  /** The user types in a cell: its text changes and Word reports the edit and the cursor move. */
  userTypesInCell(
    cell: { tableIndex: number; rowIndex: number; cellIndex: number },
    text: string
  ): void {
    const element = this.cellElement(cell);
    this.content.setCellText(element, this.content.cellValue(element).replace(/\r/g, "\n") + text);
    this.state.selection = { element, mode: "End" };
    this.emitParagraphEvent("paragraphChanged", "Local");
    this.emitSelectionChanged();
  }

  /** The user retypes the paragraph holding `text` (the first such) as `newText`. */
  userRetypesParagraph(text: string, newText: string): void {
    const paragraph = this.content.paragraphs().find((p) => paragraphText(p).includes(text));
    if (!paragraph) throw new Error(`fake: no paragraph holds "${text}"`);
    this.content.setParagraphText(paragraph, newText);
    this.state.selection = { element: paragraph, mode: "End" };
    this.emitParagraphEvent("paragraphChanged", "Local");
    this.emitSelectionChanged();
  }

  /** The user moves the cursor (no change to the text). */
  userMovesCursorToCell(cell: { tableIndex: number; rowIndex: number; cellIndex: number }): void {
    this.placeCursorInCell(cell);
    this.emitSelectionChanged();
  }

  /** A co-author's edit arriving (paragraph events only, `source: "Remote"`). */
  remoteEdit(): void {
    this.emitParagraphEvent("paragraphChanged", "Remote");
  }

  /** Number of paragraph event handlers registered through the API. */
  paragraphHandlerCount(type: ParagraphEventType): number {
    return this.paragraphHandlers.get(type)?.size ?? 0;
  }

  /** Resolves once every event scheduled so far has been delivered. */
  async settle(): Promise<void> {
    while (this.pendingEvents > 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }

  private async run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this.state);
    // The fake implements the members of Word.RequestContext the host uses, and only those:
    // a test that reaches for another fails, which is the point.
    const result = await batch(context as unknown as Word.RequestContext);
    if (context.hasPendingActions) await context.sync();
    return result;
  }

  private createState(selection: FakeSelection): WordState {
    const state: WordState = {
      content: this.content,
      gate: this.gate,
      isReadOnly: () => this.readOnly,
      selection,
      selected: (next) => {
        state.selection = next;
        this.selections.push(this.describe(next));
        this.emitSelectionChanged();
      },
      wrote: (type) => this.emitParagraphEvent(type, "Local"),
      addParagraphHandler: (type, handler) => {
        const handlers = this.paragraphHandlers.get(type) ?? new Set();
        handlers.add(handler);
        this.paragraphHandlers.set(type, handlers);
      },
      removeParagraphHandler: (type, handler) => {
        this.paragraphHandlers.get(type)?.delete(handler);
      },
      misused: (what) => {
        this.misuses.push(what);
      },
      countSync: async () => {
        this.syncCount++;
        const latency = this.options.syncLatencyMs ?? 0;
        if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
      },
    };
    return state;
  }

  private describe({ element, mode }: FakeSelection): RecordedSelection {
    const cell = isWordElement(element, "tc") ? element : nearestAncestor(element, "tc");
    if (cell) return { kind: "cell", mode, ...this.content.locateCell(cell) };
    if (isWordElement(element, "p"))
      return { kind: "paragraph", mode, text: paragraphText(element) };
    if (isWordElement(element, "tbl")) {
      return { kind: "table", mode, tableIndex: this.content.topLevelTables().indexOf(element) };
    }
    return { kind: "body", mode };
  }

  private cellElement(cell: {
    tableIndex: number;
    rowIndex: number;
    cellIndex: number;
  }): TreeElement {
    const table = this.content.topLevelTables()[cell.tableIndex];
    const row = table && tableRows(table)[cell.rowIndex];
    const element = row && rowCells(row)[cell.cellIndex];
    if (!element) throw new Error(`fake: no cell ${JSON.stringify(cell)}`);
    return element;
  }

  private emitParagraphEvent(type: ParagraphEventType, source: "Local" | "Remote"): void {
    for (const handler of this.paragraphHandlers.get(type) ?? []) {
      this.deliver(() => void handler({ type, source, uniqueLocalIds: [] }));
    }
  }

  private emitSelectionChanged(): void {
    for (const handler of this.office.selectionHandlers) {
      this.deliver(() => handler({ type: "documentSelectionChanged" }));
    }
  }

  private deliver(callback: () => void): void {
    this.pendingEvents++;
    setTimeout(() => {
      this.pendingEvents--;
      callback();
    }, this.options.eventDelayMs ?? 0);
  }
}

export type { FakeCellLocation };
