import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { LocalizedText } from "../../core/model/localized";
import { useStrings } from "../i18n/StringsContext";
import { PlanHeader } from "./PlanHeader";
import { FindingsPanel } from "./check/FindingsPanel";
import { Notices } from "./Notices";
import { PanelTabs } from "./PanelTabs";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: { minWidth: 0 },
});

export type PanelId = "check" | "insert" | "report";

export interface WorkspaceProps {
  /** The tab shown first (the ribbon's buttons open the pane on their tab). */
  initialPanel?: PanelId;
  describeRule(ruleId: string): LocalizedText | undefined;
  /** Panels beyond "check", provided by the host page. */
  panels?: Partial<Record<Exclude<PanelId, "check">, React.ReactNode>>;
}

/** The plan header, the tabs, and the outcome toasts: what staff see once a document is open. */
export function Workspace({ describeRule, panels = {}, initialPanel = "check" }: WorkspaceProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [panel, setPanel] = React.useState<PanelId>(initialPanel);
  const available: PanelId[] = [
    "check",
    ...(["insert", "report"] as const).filter((id) => panels[id]),
  ];
  return (
    <div className={styles.root}>
      <PlanHeader />
      <PanelTabs<PanelId>
        tabs={available.map((id) => ({ id, label: strings.tabs[id] }))}
        selected={panel}
        onSelect={setPanel}
        label={strings.tabs.label}
      />
      <div
        role="tabpanel"
        id={`panel-${panel}`}
        aria-labelledby={`tab-${panel}`}
        className={styles.panel}
      >
        {panel === "check" ? <FindingsPanel describeRule={describeRule} /> : panels[panel]}
      </div>
      <Notices />
    </div>
  );
}
