import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownload20Regular, FolderOpen20Regular } from "@fluentui/react-icons";
import { format } from "../../taskpane/i18n/strings";
import { useStrings } from "../../taskpane/i18n/StringsContext";
import { hasChanges, hasUnsavedChanges, type OpenedFile } from "../document/opened-file";
import { useFileStatus } from "./use-file-status";

const DOCX_TYPES = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  file: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  fileName: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  hiddenInput: { display: "none" },
});

export interface FileBarProps {
  file: OpenedFile | undefined;
  opening: string | undefined;
  onOpen(file: File): void;
  onDownload(): void;
  /** What the last download did, for the status line. */
  downloadedAs: string | undefined;
}

/** The open file, and the two things to do with files: open another, download the edited one. */
export function FileBar({ file, opening, onOpen, onDownload, downloadedAs }: FileBarProps) {
  const styles = useStyles();
  const strings = useStrings().standalone;
  const input = React.useRef<HTMLInputElement>(null);
  const status = useFileStatus(file);
  const changed = hasChanges(status);
  const unsaved = hasUnsavedChanges(status);
  const hintId = React.useId();
  const statusText = !changed
    ? strings.nothingToDownload
    : unsaved
      ? strings.unsaved
      : downloadedAs
        ? format(strings.downloaded, { name: downloadedAs })
        : strings.downloadHint;

  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button
          appearance={file ? "secondary" : "primary"}
          icon={<FolderOpen20Regular />}
          onClick={() => input.current?.click()}
        >
          {file ? strings.openFile : strings.openFirst}
        </Button>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept={DOCX_TYPES}
          aria-label={strings.fileInput}
          tabIndex={-1}
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            // Cleared so choosing the same file again still opens it.
            event.currentTarget.value = "";
            if (chosen) onOpen(chosen);
          }}
        />
        {file && (
          <Button
            appearance="primary"
            icon={<ArrowDownload20Regular />}
            disabledFocusable={!changed}
            aria-describedby={hintId}
            onClick={onDownload}
          >
            {strings.download}
          </Button>
        )}
        {file && (
          <Caption1 id={hintId} className={styles.muted} aria-live="polite">
            {statusText}
          </Caption1>
        )}
      </div>
      <div className={styles.file}>
        {opening ? (
          <Spinner size="tiny" label={format(strings.opening, { name: opening })} />
        ) : (
          file && (
            <>
              <Text className={styles.fileName}>
                {format(strings.currentFile, { name: file.fileName })}
              </Text>
              {file.origin === "sample" && (
                <Badge appearance="tint" color="informative">
                  {strings.sample}
                </Badge>
              )}
            </>
          )
        )}
        <Caption1 className={styles.muted}>{strings.dropHint}</Caption1>
      </div>
    </div>
  );
}
