import * as React from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { Language } from "../core/model/localized";
import { LocaleProvider } from "../taskpane/i18n/StringsContext";
import type { ThemeMode } from "../taskpane/office/environment";
import { themeFor } from "../taskpane/theme/themes";
import { StandalonePage, type StandalonePageProps } from "./page/StandalonePage";

export interface StandaloneRootProps extends StandalonePageProps {
  language: Language;
  theme: ThemeMode;
}

/** Theme and language for the page (the browser's), around the page itself. */
export function StandaloneRoot({ language, theme, ...page }: StandaloneRootProps) {
  return (
    <FluentProvider theme={themeFor(theme)} lang={language}>
      <LocaleProvider language={language}>
        <StandalonePage {...page} />
      </LocaleProvider>
    </FluentProvider>
  );
}
