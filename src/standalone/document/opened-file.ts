import { analyze } from "../../core";
import type { DocxHost } from "../../hosts/docx";
import { PlanSession } from "../../taskpane/session/plan-session";
import { downloadName } from "./download-name";
import { EditCountingHost } from "./edit-counting-host";

/** Where the open file came from: the page's own sample, or the user's computer. */
export type FileOrigin = "sample" | "user";

export interface FileStatus {
  /** Edits applied since the file was opened. */
  edits: number;
  /** `edits` when the file was last downloaded. */
  editsAtDownload: number;
}

/**
 * A .docx open in the page: the plan session over it (the task pane's controller, unchanged) and
 * whether it changed since it was opened and since it was last downloaded.
 */
let openings = 0;

export class OpenedFile {
  /** Tells apart two openings of the same file (the workspace starts afresh for each). */
  readonly id = ++openings;
  readonly session: PlanSession;
  private status: FileStatus = { edits: 0, editsAtDownload: 0 };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly docx: DocxHost,
    readonly fileName: string,
    readonly origin: FileOrigin
  ) {
    const host = new EditCountingHost(docx, () =>
      this.update({ ...this.status, edits: this.status.edits + 1 })
    );
    this.session = new PlanSession({ host, analyze });
  }

  getStatus = (): FileStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(status: FileStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }

  /** The document's bytes and the name to download them under; counts as saved. */
  async export(): Promise<{ bytes: Uint8Array; fileName: string }> {
    const editsNow = this.status.edits;
    const bytes = await this.docx.save();
    this.update({ ...this.status, editsAtDownload: editsNow });
    return { bytes, fileName: downloadName(this.fileName) };
  }

  dispose(): void {
    this.session.dispose();
    this.listeners.clear();
  }
}

export function hasChanges(status: FileStatus): boolean {
  return status.edits > 0;
}

export function hasUnsavedChanges(status: FileStatus): boolean {
  return status.edits > status.editsAtDownload;
}
