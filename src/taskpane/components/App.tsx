import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Environment } from "../office/environment";
import { useStrings } from "../i18n/StringsContext";
import { StatusMessage } from "./StatusMessage";
import { useTypography } from "./typography";
import type { PlanSession } from "../session/plan-session";
import { SessionWorkspace } from "./SessionWorkspace";
import type { PanelId } from "./Workspace";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "0",
  },
});

export interface AppProps {
  environment: Environment;
  /** The session over Word; created by the page once Word is known to support the add-in. */
  createSession?: () => PlanSession;
  initialPanel?: PanelId;
}

export function App({ environment, createSession, initialPanel }: AppProps) {
  const styles = useStyles();
  const type = useTypography();
  const strings = useStrings();
  return (
    <main className={styles.root} aria-label={strings.appName}>
      <h1 className={type.title3}>{strings.appName}</h1>
      <EnvironmentStatus
        environment={environment}
        createSession={createSession}
        initialPanel={initialPanel}
      />
    </main>
  );
}

function EnvironmentStatus({ environment, createSession, initialPanel }: AppProps) {
  const session = React.useMemo(
    () => (environment.kind === "word" && environment.wordApi13 ? createSession?.() : undefined),
    [environment, createSession]
  );
  const { status } = useStrings();
  switch (environment.kind) {
    case "office-missing":
      return (
        <StatusMessage
          intent="error"
          title={status.officeMissingTitle}
          body={status.officeMissingBody}
        />
      );
    case "outside-word":
      return (
        <StatusMessage intent="info" title={status.notInWordTitle} body={status.notInWordBody} />
      );
    case "word":
      if (!environment.wordApi13) {
        return (
          <StatusMessage intent="warning" title={status.oldWordTitle} body={status.oldWordBody} />
        );
      }
      if (session) return <SessionWorkspace session={session} initialPanel={initialPanel} />;
      return <StatusMessage intent="success" title={status.ready} body={status.readyBody} />;
  }
}
