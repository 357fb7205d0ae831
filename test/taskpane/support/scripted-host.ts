import type { Timers } from "../../../src/taskpane/session/debounce";
import type { DocumentChange, DocumentHost, EditOutcome } from "../../../src/hosts/host";
import { HostError } from "../../../src/hosts/host";
import type { CellLocation, DocumentModel } from "../../../src/core/model/document";
import type { DocumentEdit } from "../../../src/core/edits/edit";

/** Manual clock: timers fire only when a test advances time. */
export class ManualTimers implements Timers {
  private pending = new Map<number, { at: number; callback: () => void }>();
  private next = 1;
  now = 0;
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.pending]) {
      if (timer.at <= this.now) {
        this.pending.delete(id);
        timer.callback();
      }
    }
  }
}

export class ScriptedHost implements DocumentHost {
  capabilities = { canSelect: true, hasCursor: true, canWatchChanges: true };
  reads = 0;
  cursor: CellLocation | undefined;
  emit: ((change: DocumentChange) => void) | undefined;
  selected: CellLocation[] = [];
  selectedParagraphs: number[] = [];
  applied: DocumentEdit[][] = [];
  outcome: EditOutcome = { ok: true, applied: 1 };
  failRead = false;
  async readDocument(): Promise<DocumentModel> {
    this.reads++;
    if (this.failRead) {
      throw new HostError("read-only", { vi: "Lỗi đọc", en: "Read error" });
    }
    return { blocks: [], cursor: this.cursor };
  }
  async applyEdits(edits: DocumentEdit[]): Promise<EditOutcome> {
    this.applied.push(edits);
    this.emit?.("content");
    return this.outcome;
  }
  async selectCell(cell: CellLocation): Promise<boolean> {
    this.selected.push(cell);
    return true;
  }
  async selectParagraph(blockIndex: number): Promise<boolean> {
    this.selectedParagraphs.push(blockIndex);
    return true;
  }
  async watchChanges(onChange: (change: DocumentChange) => void) {
    this.emit = onChange;
    return () => {
      this.emit = undefined;
    };
  }
  async readCursor() {
    return this.cursor;
  }
}
