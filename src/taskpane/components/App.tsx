import * as React from "react";
import { makeStyles, tokens, Title3 } from "@fluentui/react-components";
import type { Environment } from "../office/environment";
import { useStrings } from "../i18n/StringsContext";
import { StatusMessage } from "./StatusMessage";

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
}

export function App({ environment }: AppProps) {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <main className={styles.root} aria-label={strings.appName}>
      <Title3 as="h1">{strings.appName}</Title3>
      <EnvironmentStatus environment={environment} />
    </main>
  );
}

function EnvironmentStatus({ environment }: AppProps) {
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
      return <StatusMessage intent="success" title={status.ready} body={status.readyBody} />;
  }
}
