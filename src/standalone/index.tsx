import * as React from "react";
import { createRoot } from "react-dom/client";
import { languageFromLocale, loadStrings } from "../taskpane/i18n/strings";
import { loadTheme } from "../taskpane/theme/themes";
import { SAMPLE_PLAN } from "./sample";
import { StandaloneRoot } from "./StandaloneRoot";

/** The standalone page: no Office, no Word; the browser's language and colour scheme. */
async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const language = languageFromLocale(navigator.language);
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  document.documentElement.lang = language;
  const [strings] = await Promise.all([loadStrings(language), loadTheme(dark ? "dark" : "light")]);
  document.title = strings.standalone.title;
  createRoot(container).render(
    <StandaloneRoot language={language} theme={dark ? "dark" : "light"} sample={SAMPLE_PLAN} />
  );
}

void start();
