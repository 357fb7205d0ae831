import * as React from "react";
import type { FileStatus, OpenedFile } from "../document/opened-file";

const NO_FILE: FileStatus = { edits: 0, editsAtDownload: 0 };
const noSubscription = () => () => {};

/** The open file's change counts, re-rendering when an edit lands or the file is downloaded. */
export function useFileStatus(file: OpenedFile | undefined): FileStatus {
  return React.useSyncExternalStore(
    file?.subscribe ?? noSubscription,
    file?.getStatus ?? (() => NO_FILE),
    file?.getStatus ?? (() => NO_FILE)
  );
}
