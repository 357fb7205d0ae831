/**
 * The document host over Word's JavaScript API (WordApi 1.3 and up): reads the body's Office
 * Open XML into the core's model, applies the core's edits, moves the cursor to cells and
 * reports changes for live checking. Every action is one `Word.run` with as few syncs as the
 * action allows (see the modules it delegates to); every failure becomes an `EditOutcome`, a
 * `HostError` (reading) or `false`/`undefined` (selecting, reading the cursor).
 */
import type { DocumentEdit } from "../../core/edits/edit";
import type { CellLocation, DocumentModel } from "../../core/model/document";
import type { DocumentChange, DocumentHost, EditOutcome, HostCapabilities } from "../host";
import { ApiSupport } from "./api-support";
import { hostErrorOf, outcomeOf } from "./failures";
import { officeGlobals, type OfficeGlobals } from "./globals";
import { MESSAGES } from "./messages";
import { readBody, readCursorIn, type BodyReading } from "./read-document";
import { selectCellIn } from "./select-cell";
import { selectParagraphIn } from "./select-paragraph";
import { TableListing } from "./table-listing";
import { DEFAULT_QUIET_MS, OwnEditGuard } from "./watch/own-edit-guard";
import { watchChanges } from "./watch/watch-changes";

export interface WordHostOptions {
  /** `Word` and `Office`; the page's globals when absent (tests pass the fake). */
  globals?: OfficeGlobals;
  /** How long after its own edits the host ignores change events (ms). */
  ownEditQuietMs?: number;
  /** The clock for that quiet period. */
  now?: () => number;
}

export class WordHost implements DocumentHost {
  readonly capabilities: HostCapabilities = {
    canSelect: true,
    hasCursor: true,
    canWatchChanges: true,
  };
  private readonly globals: OfficeGlobals;
  private readonly api: ApiSupport;
  private readonly guard: OwnEditGuard;
  private readonly listing = new TableListing();
  /** The last reading: the model the core plans its edits from. */
  private last: BodyReading | undefined;
  /** The last model read, kept after edits too: what the next reading expects to find. */
  private lastModel: DocumentModel | undefined;
  /** The writing code, once asked for (see `applyEdits`). */
  private editingCode: Promise<typeof import("./edits/apply-edits")> | undefined;

  constructor(options: WordHostOptions = {}) {
    this.globals = options.globals ?? officeGlobals();
    this.api = new ApiSupport(this.globals.Office);
    this.guard = new OwnEditGuard(options.ownEditQuietMs ?? DEFAULT_QUIET_MS, options.now);
  }

  async readDocument(): Promise<DocumentModel> {
    try {
      this.last = await this.globals.Word.run((context) =>
        readBody(context, this.listing, this.lastModel)
      );
      this.lastModel = this.last.model;
    } catch (error) {
      throw hostErrorOf(error, MESSAGES.readFailed);
    }
    return this.last.model;
  }

  /**
   * Edits are planned from the last `readDocument`; without one, the document is read first (one
   * more sync). Afterwards the reading is dropped: its indices no longer hold. The code that
   * writes is loaded on the first edit: most openings of the pane only check.
   */
  async applyEdits(edits: DocumentEdit[]): Promise<EditOutcome> {
    if (edits.length === 0) return { ok: true, applied: 0 };
    try {
      const { applyEditsToReading } = await this.editing();
      return await this.guard.around(() =>
        this.globals.Word.run(async (context) => {
          const reading = this.last ?? (await readBody(context, this.listing, this.lastModel));
          const outcome = await applyEditsToReading(context, reading, edits, this.listing);
          if (outcome.ok) this.last = undefined;
          return outcome;
        })
      );
    } catch (error) {
      return outcomeOf(error);
    }
  }

  private editing(): Promise<typeof import("./edits/apply-edits")> {
    this.editingCode ??= import(/* webpackChunkName: "word-edits" */ "./edits/apply-edits");
    return this.editingCode;
  }

  async selectCell(cell: CellLocation): Promise<boolean> {
    try {
      return await this.guard.around(() =>
        this.globals.Word.run((context) =>
          selectCellIn(context, this.last?.model, cell, this.listing)
        )
      );
    } catch {
      return false;
    }
  }

  async selectParagraph(blockIndex: number): Promise<boolean> {
    try {
      return await this.guard.around(() =>
        this.globals.Word.run((context) =>
          selectParagraphIn(context, this.last?.model, blockIndex, this.listing)
        )
      );
    } catch {
      return false;
    }
  }

  /** One sync; undefined outside a table, in a nested table, or before any reading. */
  async readCursor(): Promise<CellLocation | undefined> {
    const model = this.last?.model;
    if (!model) return undefined;
    try {
      return await this.globals.Word.run((context) => readCursorIn(context, model, this.listing));
    } catch {
      return undefined;
    }
  }

  watchChanges(onChange: (change: DocumentChange) => void): Promise<() => void> {
    const { Word, Office } = this.globals;
    return watchChanges(Word, Office, this.api, this.guard, onChange);
  }
}
