import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { Environment } from "../office/environment";
import { themeFor } from "../theme/themes";
import { LocaleProvider } from "../i18n/StringsContext";
import { App, type AppProps } from "./App";

export interface RootProps {
  environment: Environment;
  createSession?: AppProps["createSession"];
  initialPanel?: AppProps["initialPanel"];
}

/** Theme and language for the whole pane, chosen once from the environment. */
export function Root({ environment, createSession, initialPanel }: RootProps) {
  return (
    <FluentProvider
      theme={themeFor(environment.theme)}
      lang={environment.language}
      style={{ minHeight: "100vh" }}
    >
      <LocaleProvider language={environment.language}>
        <App environment={environment} createSession={createSession} initialPanel={initialPanel} />
      </LocaleProvider>
    </FluentProvider>
  );
}
