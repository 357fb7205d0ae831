import type { PanelId } from "./Workspace";

const PANELS: readonly PanelId[] = ["check", "insert", "report"];

/** "?tab=insert" → "insert": the ribbon's buttons open the pane on their own tab. */
export function panelFromUrl(search: string): PanelId | undefined {
  const tab = new URLSearchParams(search).get("tab");
  return PANELS.find((panel) => panel === tab);
}
