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
  const session =
    environment.kind === "word" && environment.wordApi13
      ? new PlanSession({ host: new WordHost(), analyze })
      : undefined;
  await Promise.all([loadStrings(environment.language), loadTheme(environment.theme)]);
  createRoot(container).render(
    <Root
      environment={environment}
      createSession={session && (() => session)}
      initialPanel={panelFromUrl(window.location.search)}
    />
  );
  // Reading the document is a round trip to Word: asked for now, while React draws the pane (a
  // task already queued, so a quick answer does not hold the pane back), not once it is drawn.
  void session?.firstCheck();
}

void start();
