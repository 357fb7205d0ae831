import * as React from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Title3,
  tokens,
} from "@fluentui/react-components";
import {
  FindingViewerProvider,
  type FindingViewer,
} from "../../taskpane/components/check/finding-viewer";
import { SessionWorkspace } from "../../taskpane/components/SessionWorkspace";
import { useStrings } from "../../taskpane/i18n/StringsContext";
import { SessionProvider } from "../../taskpane/session/SessionContext";
import { saveDownload } from "../document/save-download";
import { hasUnsavedChanges } from "../document/opened-file";
import type { ChosenFinding } from "../table/chosen-finding";
import { DocumentTables } from "../table/DocumentTables";
import { DropOverlay } from "./DropOverlay";
import { FileBar } from "./FileBar";
import { OpenFailureMessage } from "./OpenFailureMessage";
import { PrivacyNote } from "./PrivacyNote";
import { useFileDrop } from "./use-file-drop";
import { useFileOpener, type Sample } from "./use-file-opener";
import { useFileStatus } from "./use-file-status";
import { useLeaveWarning } from "./use-leave-warning";

// Needed only when a file is chosen over changes not downloaded: loaded then.
const DiscardDialog = React.lazy(() =>
  import(/* webpackChunkName: "discard-dialog" */ "./DiscardDialog").then((module) => ({
    default: module.DiscardDialog,
  }))
);

const WIDE = "@media (min-width: 900px)";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    // Side by side, each column scrolls on its own: the findings stay in view beside the table.
    [WIDE]: { height: "100vh" },
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [WIDE]: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}` },
  },
  main: {
    flexGrow: 1,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    alignContent: "start",
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    minHeight: 0,
    [WIDE]: { gridTemplateColumns: "minmax(20rem, 26rem) minmax(0, 1fr)", alignContent: "stretch" },
  },
  column: {
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow2,
    [WIDE]: { overflowY: "auto" },
  },
  title: { margin: 0 },
  note: { marginBottom: tokens.spacingVerticalM },
});

export interface StandalonePageProps {
  /** The plan opened when the page starts. */
  sample?: Sample;
}

/** The task pane's workspace over a .docx held in the page, with the plan's tables beside it. */
export function StandalonePage({ sample }: StandalonePageProps) {
  const styles = useStyles();
  const strings = useStrings();
  const opener = useFileOpener(sample);
  const { file, opening, failure, pending } = opener.state;
  const status = useFileStatus(file);
  const [chosen, setChosen] = React.useState<ChosenFinding | undefined>();
  const [downloadedAs, setDownloadedAs] = React.useState<string | undefined>();
  const dragging = useFileDrop(opener.request);
  // The discard dialog stays mounted once shown and closes through its `open`: Fluent's Dialog
  // unmounted while open can leave the rest of the page aria-hidden (seen once nothing else on
  // the page kept Fluent's focus manager alive).
  const [discardAsked, setDiscardAsked] = React.useState(false);
  if (pending && !discardAsked) setDiscardAsked(true);
  useLeaveWarning(hasUnsavedChanges(status));

  React.useEffect(() => {
    setChosen(undefined);
    setDownloadedAs(undefined);
    return () => file?.dispose();
  }, [file]);

  const viewer = React.useMemo<FindingViewer | undefined>(
    () =>
      file && {
        actionLabel: strings.standalone.showInTable,
        show: (finding) =>
          setChosen({ finding, document: file.session.getState().document, at: Date.now() }),
      },
    [file, strings]
  );

  const download = async () => {
    if (!file) return;
    const { bytes, fileName } = await file.export();
    saveDownload(bytes, fileName);
    setDownloadedAs(fileName);
  };

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {strings.appName}
        </Title3>
        <PrivacyNote />
        <FileBar
          file={file}
          opening={opening}
          onOpen={opener.request}
          onDownload={() => void download()}
          downloadedAs={downloadedAs}
        />
        {failure && <OpenFailureMessage failure={failure} onDismiss={opener.dismissFailure} />}
      </header>
      {file ? (
        <main className={styles.main} aria-label={strings.standalone.title}>
          <section className={styles.column} aria-label={strings.tabs.label}>
            {file.origin === "sample" && (
              <MessageBar className={styles.note} intent="info" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{strings.standalone.sample}</MessageBarTitle>
                  {strings.standalone.sampleNote}
                </MessageBarBody>
              </MessageBar>
            )}
            <FindingViewerProvider value={viewer}>
              <SessionWorkspace key={file.id} session={file.session} />
            </FindingViewerProvider>
          </section>
          <div className={styles.column}>
            <SessionProvider value={file.session}>
              <DocumentTables chosen={chosen} />
            </SessionProvider>
          </div>
        </main>
      ) : (
        !opening && (
          <main className={styles.main} aria-label={strings.standalone.title}>
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.standalone.noDocument}</MessageBarBody>
            </MessageBar>
          </main>
        )
      )}
      {dragging && <DropOverlay />}
      {(pending || discardAsked) && (
        <React.Suspense fallback={null}>
          <DiscardDialog
            current={file?.fileName ?? ""}
            next={pending?.name}
            onConfirm={opener.confirmPending}
            onCancel={opener.cancelPending}
          />
        </React.Suspense>
      )}
    </div>
  );
}
