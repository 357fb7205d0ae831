import type { DocumentEdit } from "../../core/edits/edit";
import type { CellLocation, DocumentModel } from "../../core/model/document";
import type { DocumentHost, EditOutcome } from "../../hosts/host";

/**
 * A host that tells when an edit went through: the page enables its download button and warns
 * before leaving only once the file really changed (a refused edit changes nothing).
 */
export class EditCountingHost implements DocumentHost {
  constructor(
    private readonly inner: DocumentHost,
    private readonly onEdited: () => void
  ) {}

  get capabilities() {
    return this.inner.capabilities;
  }

  readDocument(): Promise<DocumentModel> {
    return this.inner.readDocument();
  }

  async applyEdits(edits: DocumentEdit[]): Promise<EditOutcome> {
    const outcome = await this.inner.applyEdits(edits);
    if (outcome.ok && outcome.applied > 0) this.onEdited();
    return outcome;
  }

  selectCell(cell: CellLocation): Promise<boolean> {
    return this.inner.selectCell(cell);
  }
}
