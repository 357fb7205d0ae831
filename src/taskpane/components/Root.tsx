import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Environment } from "../office/environment";
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
      theme={environment.theme === "dark" ? webDarkTheme : webLightTheme}
      lang={environment.language}
      style={{ minHeight: "100vh" }}
    >
      <LocaleProvider language={environment.language}>
        <App environment={environment} createSession={createSession} initialPanel={initialPanel} />
      </LocaleProvider>
    </FluentProvider>
  );
}
