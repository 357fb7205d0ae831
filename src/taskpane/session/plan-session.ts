/**
 * The task pane's controller, free of React and of Office: it reads the document through a host,
 * analyses it, keeps the findings staff see, and runs the one-click actions. The same session drives
 * the Word task pane and the standalone page (with the .docx host).
 */
import type { AnalyzeOptions, AnalyzeResult } from "../../core/analyze/types";
import type { DocumentEdit } from "../../core/edits/edit";
import { editOfFix } from "../../core/edits/fix-edit";
import type { CellLocation, DocumentModel } from "../../core/model/document";
import type { Finding } from "../../core/model/finding";
import type { SchoolLevel } from "../../core/model/level";
import type { LocalizedText } from "../../core/model/localized";
import type { DocumentChange, DocumentHost, EditOutcome } from "../../hosts/host";
import { HostError } from "../../hosts/host";
import { debounce, realTimers, type Debounced, type Timers } from "./debounce";
import { holdBackCursorRow, type RowRef } from "./cursor-hold";

export type Analyzer = (document: DocumentModel, options: AnalyzeOptions) => AnalyzeResult;

export interface SessionDependencies {
  host: DocumentHost;
  analyze: Analyzer;
  timers?: Timers;
  now?: () => number;
  /** Pause after the last change before re-checking. */
  debounceMs?: number;
}

export type Activity = "idle" | "reading" | "applying";

export interface SessionState {
  activity: Activity;
  document?: DocumentModel;
  analysis?: AnalyzeResult;
  /** Findings shown: the analysis' findings minus new ones in the row being typed in. */
  visibleFindings: Finding[];
  heldBackCount: number;
  lastCheckedAt?: number;
  levelOverride?: SchoolLevel;
  /**
   * The level the document itself names (a cited circular, the school's name), kept from the last
   * analysis made without the user's choice, since one made with it only echoes that choice.
   * Undefined when the document names none: the core then assumes ASSUMED_LEVEL, which the pane
   * must not present as detected.
   */
  detectedLevel?: SchoolLevel;
  /** Why the last read failed, if it did. */
  readError?: LocalizedText;
  liveChecking: boolean;
}

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface SessionNotice {
  intent: NoticeIntent;
  message: LocalizedText;
}

export const DEFAULT_DEBOUNCE_MS = 700;

/** The level the core assumes when the document names none (its default, `decideLevel`). */
export const ASSUMED_LEVEL: SchoolLevel = "mn";

/** The level insertion and the rules work with: the user's choice, else the document's. */
export function levelInUse(state: SessionState): SchoolLevel {
  return state.levelOverride ?? state.detectedLevel ?? ASSUMED_LEVEL;
}

/** The plan's level when the core read it from the document, not from the user or its default. */
function levelNamedByDocument(analysis: AnalyzeResult): SchoolLevel | undefined {
  const metadata = analysis.plans[0]?.metadata;
  const named = metadata?.levelSource === "circular" || metadata?.levelSource === "school-name";
  return named ? metadata.level : undefined;
}

const READ_FAILED: LocalizedText = {
  vi: "Không đọc được tài liệu. Hãy thử lại.",
  en: "The document could not be read. Please try again.",
};

function messageOf(error: unknown, fallback: LocalizedText): LocalizedText {
  return error instanceof HostError ? error.userMessage : fallback;
}

export class PlanSession {
  private state: SessionState = {
    activity: "idle",
    visibleFindings: [],
    heldBackCount: 0,
    liveChecking: false,
  };
  private readonly listeners = new Set<() => void>();
  private readonly noticeListeners = new Set<(notice: SessionNotice) => void>();
  private readonly timers: Timers;
  private readonly now: () => number;
  private readonly scheduledCheck: Debounced;
  private checking: Promise<void> | undefined;
  private first: Promise<void> | undefined;
  private checkAgain = false;
  private stopWatching: (() => void) | undefined;
  private cursorRow: RowRef | undefined;

  constructor(private readonly deps: SessionDependencies) {
    this.timers = deps.timers ?? realTimers;
    this.now = deps.now ?? (() => Date.now());
    this.scheduledCheck = debounce(
      () => void this.check(),
      deps.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      this.timers
    );
  }

  get host(): DocumentHost {
    return this.deps.host;
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  onNotice(listener: (notice: SessionNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  private update(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private notify(intent: NoticeIntent, message: LocalizedText): void {
    for (const listener of this.noticeListeners) listener({ intent, message });
  }

  /**
   * The first check, once: the page starts it as early as it can (in Word the reading is a round
   * trip, which then overlaps the pane's first render) and the workspace joins it when it mounts.
   */
  firstCheck(): Promise<void> {
    this.first ??= this.check();
    return this.first;
  }

  /** Reads and analyses the document now. Calls while a check runs coalesce into one more check. */
  check(): Promise<void> {
    this.scheduledCheck.cancel();
    if (this.checking) {
      this.checkAgain = true;
      return this.checking;
    }
    this.checking = this.runChecks().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  private async runChecks(): Promise<void> {
    do {
      this.checkAgain = false;
      await this.readAndAnalyze();
    } while (this.checkAgain);
  }

  private async readAndAnalyze(): Promise<void> {
    this.update({ activity: this.state.activity === "applying" ? "applying" : "reading" });
    let document: DocumentModel;
    try {
      document = await this.deps.host.readDocument();
    } catch (error) {
      this.update({ activity: "idle", readError: messageOf(error, READ_FAILED) });
      return;
    }
    this.showAnalysis(document, this.analyze(document));
  }

  private analyze(document: DocumentModel): AnalyzeResult {
    const options: AnalyzeOptions = {};
    if (this.state.levelOverride) options.level = this.state.levelOverride;
    return this.deps.analyze(document, options);
  }

  private showAnalysis(document: DocumentModel, analysis: AnalyzeResult): void {
    this.cursorRow = this.rowOfCell(analysis, document.cursor);
    const { visible, heldBack } = holdBackCursorRow(
      this.state.visibleFindings,
      analysis.findings,
      this.cursorRow
    );
    this.update({
      activity: this.state.activity === "applying" ? "applying" : "idle",
      document,
      analysis,
      visibleFindings: visible,
      heldBackCount: heldBack.length,
      lastCheckedAt: this.now(),
      readError: undefined,
      ...(this.state.levelOverride ? {} : { detectedLevel: levelNamedByDocument(analysis) }),
    });
  }

  /** The plan row (its first w:tr) that holds a cell, so continuation rows count as the same row. */
  private rowOfCell(analysis: AnalyzeResult, cell: CellLocation | undefined): RowRef | undefined {
    if (!cell) return undefined;
    for (const plan of analysis.plans) {
      for (const row of plan.rows) {
        if (row.tableIndex === cell.tableIndex && row.rowIndices.includes(cell.rowIndex)) {
          return { tableIndex: row.tableIndex, rowIndex: row.rowIndex };
        }
      }
    }
    return { tableIndex: cell.tableIndex, rowIndex: cell.rowIndex };
  }

  /** The school level chosen by the user (undefined: detect). Re-analyses without re-reading. */
  setLevel(level: SchoolLevel | undefined): void {
    this.update({ levelOverride: level });
    const { document } = this.state;
    if (document) this.showAnalysis(document, this.analyze(document));
  }

  /** Checks after every pause in typing, where the host can report changes. */
  async startLiveChecking(): Promise<boolean> {
    if (this.stopWatching || !this.deps.host.watchChanges) return Boolean(this.stopWatching);
    try {
      this.stopWatching = await this.deps.host.watchChanges((change) =>
        this.onDocumentChange(change)
      );
    } catch {
      // Without change events the pane still works: "Kiểm tra ngay" checks on demand.
      this.notify("info", LIVE_CHECK_UNAVAILABLE);
      return false;
    }
    this.update({ liveChecking: true });
    return true;
  }

  private onDocumentChange(change: DocumentChange): void {
    if (this.state.activity === "applying") return;
    if (change === "selection") {
      // A moved cursor only matters when findings wait for it to leave their row.
      if (this.state.heldBackCount > 0) void this.refreshCursor();
      return;
    }
    this.scheduledCheck.trigger();
  }

  private async refreshCursor(): Promise<void> {
    const { analysis, document } = this.state;
    if (!analysis || !document || !this.deps.host.readCursor) return;
    let cursor: CellLocation | undefined;
    try {
      cursor = await this.deps.host.readCursor();
    } catch {
      return;
    }
    const row = this.rowOfCell(analysis, cursor);
    if (
      row?.tableIndex === this.cursorRow?.tableIndex &&
      row?.rowIndex === this.cursorRow?.rowIndex
    )
      return;
    this.showAnalysis({ ...document, cursor }, analysis);
  }

  stopLiveChecking(): void {
    this.scheduledCheck.cancel();
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.update({ liveChecking: false });
  }

  /** Moves Word's selection to the cell (or, for the plan's heading lines, the paragraph) a finding points at. */
  async selectFinding(finding: Finding): Promise<boolean> {
    const { host } = this.deps;
    if (!host.capabilities.canSelect) return false;
    const cell = cellOfFinding(finding, this.state.document);
    const { blockIndex } = finding.location;
    const selectParagraph = host.selectParagraph?.bind(host);
    const select = cell
      ? () => host.selectCell(cell)
      : blockIndex !== undefined && selectParagraph
        ? () => selectParagraph(blockIndex)
        : undefined;
    if (!select) return false;
    try {
      const selected = await select();
      if (!selected) this.notify("warning", CELL_NOT_FOUND);
      return selected;
    } catch (error) {
      this.notify("error", messageOf(error, CELL_NOT_FOUND));
      return false;
    }
  }

  /** Applies a finding's suggested fix, then re-checks. */
  async applyFix(finding: Finding): Promise<boolean> {
    const { fix } = finding;
    if (!fix) return false;
    return this.applyEdits([editOfFix(fix)], {
      vi: `Đã sửa: ${fix.label.vi}`,
      en: `Fixed: ${fix.label.en}`,
    });
  }

  /** Applies a batch of edits as one action, announces the outcome, then re-checks. */
  async applyEdits(edits: DocumentEdit[], success: LocalizedText): Promise<boolean> {
    if (edits.length === 0) return false;
    this.scheduledCheck.cancel();
    this.update({ activity: "applying" });
    let outcome: EditOutcome;
    try {
      outcome = await this.deps.host.applyEdits(edits);
    } catch (error) {
      outcome = { ok: false, reason: "host-error", message: messageOf(error, EDIT_FAILED) };
    }
    this.update({ activity: "idle" });
    if (outcome.ok) this.notify("success", success);
    else this.notify(outcome.reason === "stale" ? "warning" : "error", outcome.message);
    await this.check();
    return outcome.ok;
  }

  dispose(): void {
    this.stopLiveChecking();
    this.listeners.clear();
    this.noticeListeners.clear();
  }
}

const LIVE_CHECK_UNAVAILABLE: LocalizedText = {
  vi: "Word này không báo khi tài liệu thay đổi: hãy bấm Kiểm tra ngay sau khi sửa.",
  en: "This Word does not report document changes: choose Check now after editing.",
};

const CELL_NOT_FOUND: LocalizedText = {
  vi: "Không tìm thấy ô này trong tài liệu nữa. Hãy bấm Kiểm tra ngay.",
  en: "This cell is no longer in the document. Choose Check now.",
};

const EDIT_FAILED: LocalizedText = {
  vi: "Không sửa được tài liệu.",
  en: "The document could not be changed.",
};

/** The cell a finding points at: its own cell, or the first cell of its row. */
export function cellOfFinding(
  finding: Finding,
  document: DocumentModel | undefined
): CellLocation | undefined {
  const { location } = finding;
  if (location.cell) return location.cell;
  if (location.tableIndex === undefined || location.rowIndex === undefined) return undefined;
  const table = document?.blocks.find(
    (block) => block.kind === "table" && block.tableIndex === location.tableIndex
  );
  if (table && table.kind === "table" && !table.rows[location.rowIndex]) return undefined;
  return { tableIndex: location.tableIndex, rowIndex: location.rowIndex, cellIndex: 0 };
}
