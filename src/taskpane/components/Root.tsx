import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Environment } from "../office/environment";
import { stringsFor } from "../i18n/strings";
import { StringsProvider } from "../i18n/StringsContext";
import { App } from "./App";

export interface RootProps {
  environment: Environment;
}

/** Theme and language for the whole pane, chosen once from the environment. */
export function Root({ environment }: RootProps) {
  const strings = stringsFor(environment.language);
  return (
    <FluentProvider
      theme={environment.theme === "dark" ? webDarkTheme : webLightTheme}
      lang={environment.language}
      style={{ minHeight: "100vh" }}
    >
      <StringsProvider value={strings}>
        <App environment={environment} />
      </StringsProvider>
    </FluentProvider>
  );
}
