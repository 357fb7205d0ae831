/**
 * Fluent's web themes for the pane: light is in the page; dark, for Word's dark themes and dark
 * browsers, is fetched when needed (`loadTheme`), before the first render.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeMode } from "../office/environment";

let dark: Theme | undefined;

/** The theme for a mode, once loaded; light until then. */
export function themeFor(mode: ThemeMode): Theme {
  return mode === "dark" && dark ? dark : webLightTheme;
}

/** Loads the dark theme if asked; should it fail to load, the pane stays light. */
export async function loadTheme(mode: ThemeMode): Promise<void> {
  if (mode !== "dark" || dark) return;
  try {
    dark = (await import(/* webpackChunkName: "theme-dark" */ "./dark-theme")).webDarkTheme;
  } catch {
    // Light it is.
  }
}
