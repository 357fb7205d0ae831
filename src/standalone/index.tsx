import * as React from "react";
import { createRoot } from "react-dom/client";
import { languageFromLocale, stringsFor } from "../taskpane/i18n/strings";
import { SAMPLE_PLAN } from "./sample";
import { StandaloneRoot } from "./StandaloneRoot";

/** The standalone page: no Office, no Word; the browser's language and colour scheme. */
function start(): void {
  const container = document.getElementById("container");
  if (!container) return;
  const language = languageFromLocale(navigator.language);
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  document.documentElement.lang = language;
  document.title = stringsFor(language).standalone.title;
  createRoot(container).render(
    <StandaloneRoot language={language} theme={dark ? "dark" : "light"} sample={SAMPLE_PLAN} />
  );
}

start();
