import * as React from "react";
import { createRoot } from "react-dom/client";
import { detectEnvironment } from "./office/environment";
import { Root } from "./components/Root";

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
  createRoot(container).render(<Root environment={environment} />);
}

void start();
