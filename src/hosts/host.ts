/**
 * The one small interface between the UI / CLI and a document, whatever holds it:
 * Word through Office.js (`word/`) or a .docx file in memory (`docx/`).
 */
import type { DocumentModel, CellLocation } from "../core/model/document";
import type { DocumentEdit } from "../core/edits/edit";
import type { LocalizedText } from "../core/model/localized";

export interface HostCapabilities {
  /** The host can move a selection to a cell (Word); the docx host cannot. */
  canSelect: boolean;
  /** The host has a cursor to insert at (Word). */
  hasCursor: boolean;
  /** The host reports document changes as they happen (for live checking). */
  canWatchChanges: boolean;
}

/** "content": text or structure changed; "selection": only the cursor moved. */
export type DocumentChange = "content" | "selection";

export type EditOutcome =
  { ok: true; applied: number } | { ok: false; reason: HostFailure; message: LocalizedText };

export type HostFailure =
  "read-only" | "not-supported" | "stale" | "not-found" | "invalid-input" | "host-error";

export interface DocumentHost {
  readonly capabilities: HostCapabilities;
  /** A snapshot of the document in the core's model. */
  readDocument(): Promise<DocumentModel>;
  /** Applies a batch of edits as one step (one undo step where the host allows). */
  applyEdits(edits: DocumentEdit[]): Promise<EditOutcome>;
  /** Puts the selection in a cell; resolves false where the host cannot select. */
  selectCell(cell: CellLocation): Promise<boolean>;
  /** Puts the cursor at the start of body paragraph `blockIndex` (Word); others omit it. */
  selectParagraph?(blockIndex: number): Promise<boolean>;
  /**
   * Calls back after the document changed or the selection moved (debouncing is the caller's);
   * returns an unsubscribe. Changes made by `applyEdits` are not reported.
   */
  watchChanges?(onChange: (change: DocumentChange) => void): Promise<() => void>;
  /** The table cell holding the cursor now (one round trip); hosts without a cursor omit it. */
  readCursor?(): Promise<CellLocation | undefined>;
}

/** A host error carrying a message fit for users, in both languages. */
export class HostError extends Error {
  constructor(
    readonly reason: HostFailure,
    readonly userMessage: LocalizedText
  ) {
    super(userMessage.en);
    this.name = "HostError";
  }
}
