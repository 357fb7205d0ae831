import type JSZip from "jszip";
import type { DocumentEdit } from "../../core/edits/edit";
import type { CellLocation, DocumentModel } from "../../core/model/document";
import { applyEditsToDocumentXml, readDocxParts } from "../../ooxml";
import type { DocumentHost, EditOutcome, HostCapabilities } from "../host";
import { failedEdit } from "./edit-failure";
import { encodePart, type PartEncoding } from "./part-encoding";

/** What `openDocx` found in the package. */
export interface OpenedPackage {
  readonly fileName: string | undefined;
  readonly bytes: Uint8Array;
  readonly zip: JSZip;
  /** XML parts by zip entry name, as `readDocxParts` takes them. */
  readonly parts: ReadonlyMap<string, string>;
  /** The main document part's zip entry name and encoding. */
  readonly documentPartName: string;
  readonly documentEncoding: PartEncoding;
  readonly model: DocumentModel;
}

/**
 * A .docx held in memory (Uint8Array in, Uint8Array out: the same in a browser and in Node).
 * Edits change the main document part only; `save()` writes every other part exactly as it was.
 */
export class DocxHost implements DocumentHost {
  readonly capabilities: HostCapabilities = {
    canSelect: false,
    hasCursor: false,
    canWatchChanges: false,
  };
  readonly fileName: string | undefined;
  private parts: ReadonlyMap<string, string>;
  private model: DocumentModel;
  private edited = false;

  constructor(private readonly opened: OpenedPackage) {
    this.fileName = opened.fileName;
    this.parts = opened.parts;
    this.model = opened.model;
  }

  /** True once edits were applied: `save()` then writes a new package. */
  get modified(): boolean {
    return this.edited;
  }

  /** The main document part as it stands (edits applied). */
  get documentXml(): string {
    return this.parts.get(this.opened.documentPartName) ?? "";
  }

  async readDocument(): Promise<DocumentModel> {
    return this.model;
  }

  /** Applies the batch to the main document part, all or nothing. "cursor" means the end. */
  async applyEdits(edits: DocumentEdit[]): Promise<EditOutcome> {
    if (edits.length === 0) return { ok: true, applied: 0 };
    try {
      const documentXml = applyEditsToDocumentXml(this.documentXml, edits);
      const parts = new Map(this.parts).set(this.opened.documentPartName, documentXml);
      const { model } = readDocxParts(parts);
      this.parts = parts;
      this.model = model;
      this.edited = true;
      return { ok: true, applied: edits.length };
    } catch (error) {
      return failedEdit(error, this.fileName);
    }
  }

  /** A file has no selection to move. */
  async selectCell(_cell: CellLocation): Promise<boolean> {
    return false;
  }

  /**
   * The package's bytes. Unedited, the very bytes opened. Edited, a new zip in which the main
   * document part is re-encoded as it came (UTF-8 or UTF-16) and every other entry keeps its
   * content (JSZip reuses compressed data it does not need to change). The part keeps its entry's
   * date, so saving the same edits twice gives the same bytes.
   */
  async save(): Promise<Uint8Array> {
    if (!this.edited) return this.opened.bytes.slice();
    const { zip, documentPartName, documentEncoding } = this.opened;
    const date = zip.files[documentPartName]?.date;
    zip.file(documentPartName, encodePart(this.documentXml, documentEncoding), { date });
    return zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}
