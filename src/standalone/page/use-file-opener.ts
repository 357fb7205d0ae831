import * as React from "react";
import type { LocalizedText } from "../../core/model/localized";
import { openFileBytes, readFileBytes } from "../document/open-file";
import { hasUnsavedChanges, type OpenedFile } from "../document/opened-file";

/** Why the last opening failed: the file is not a .docx we can open, could not be read, or the sample did not load. */
export type OpenFailure =
  | { kind: "not-openable"; message: LocalizedText }
  | { kind: "unreadable"; fileName: string }
  | { kind: "sample-unavailable" };

export interface OpenerState {
  file?: OpenedFile;
  /** The name of the file being opened. */
  opening?: string;
  failure?: OpenFailure;
  /** A file waiting for the user to agree to discard the open file's changes. */
  pending?: File;
}

export interface Sample {
  fileName: string;
  load(): Promise<Uint8Array>;
}

export interface FileOpener {
  state: OpenerState;
  /** Opens a file the user chose or dropped; asks first when the open file has unsaved changes. */
  request(file: File): void;
  confirmPending(): void;
  cancelPending(): void;
  dismissFailure(): void;
}

/**
 * Opening files, one at a time: the sample when the page starts, then whatever the user picks or
 * drops. The latest request wins (a slow sample never replaces a file the user opened meanwhile);
 * a failed opening leaves the open file as it was.
 */
export function useFileOpener(sample: Sample | undefined): FileOpener {
  const [state, setState] = React.useState<OpenerState>({});
  const latest = React.useRef(0);
  const fileRef = React.useRef<OpenedFile | undefined>(undefined);
  fileRef.current = state.file;

  const finish = React.useCallback((request: number, patch: Partial<OpenerState>) => {
    if (request !== latest.current) {
      patch.file?.dispose();
      return;
    }
    setState((previous) => ({ ...previous, opening: undefined, ...patch }));
  }, []);

  const openBytes = React.useCallback(
    async (
      request: number,
      load: () => Promise<Uint8Array>,
      name: string,
      origin: OpenedFile["origin"]
    ) => {
      let bytes: Uint8Array;
      try {
        bytes = await load();
      } catch {
        finish(request, {
          failure:
            origin === "sample"
              ? { kind: "sample-unavailable" }
              : { kind: "unreadable", fileName: name },
        });
        return;
      }
      const result = await openFileBytes(bytes, name, origin);
      if (result.ok) finish(request, { file: result.file, failure: undefined });
      else finish(request, { failure: { kind: "not-openable", message: result.message } });
    },
    [finish]
  );

  const open = React.useCallback(
    (file: File) => {
      const request = ++latest.current;
      setState((previous) => ({
        ...previous,
        opening: file.name,
        pending: undefined,
        failure: undefined,
      }));
      void openBytes(request, () => readFileBytes(file), file.name, "user");
    },
    [openBytes]
  );

  React.useEffect(() => {
    if (!sample) return;
    const request = ++latest.current;
    setState((previous) => ({ ...previous, opening: sample.fileName }));
    void openBytes(request, sample.load, sample.fileName, "sample");
  }, [sample, openBytes]);

  const request = React.useCallback(
    (file: File) => {
      const current = fileRef.current;
      if (current && hasUnsavedChanges(current.getStatus())) {
        setState((previous) => ({ ...previous, pending: file }));
      } else {
        open(file);
      }
    },
    [open]
  );

  return {
    state,
    request,
    confirmPending: () => {
      if (state.pending) open(state.pending);
    },
    cancelPending: () => setState((previous) => ({ ...previous, pending: undefined })),
    dismissFailure: () => setState((previous) => ({ ...previous, failure: undefined })),
  };
}
