import * as React from "react";
import { createRoot } from "react-dom/client";
import { detectEnvironment } from "./office/environment";
import { Root } from "./components/Root";
import { PlanSession } from "./session/plan-session";
import { WordHost } from "../hosts/word";
import { analyze } from "../core";
import { panelFromUrl } from "./components/panel-from-url";
import { loadStrings } from "./i18n/strings";
import { loadTheme } from "./theme/themes";

declare global {
  interface Window {
    /** Set by unsupported-browser.js in Internet Explorer webviews. */
    kdclUnsupportedBrowser?: boolean;
  }
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container || window.kdclUnsupportedBrowser) return;
  const environment = await detectEnvironment(window);
  document.documentElement.lang = environment.language;
  await Promise.all([loadStrings(environment.language), loadTheme(environment.theme)]);
  const createSession = () => new PlanSession({ host: new WordHost(), analyze });
  createRoot(container).render(
    <Root
      environment={environment}
      createSession={createSession}
      initialPanel={panelFromUrl(window.location.search)}
    />
  );
}

void start();
