import * as React from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { LocalizedText } from "../../core/model/localized";
import { useStrings } from "../i18n/StringsContext";
import { PlanHeader } from "./PlanHeader";
import { FindingsPanel } from "./check/FindingsPanel";
import { Notices } from "./Notices";

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
      <TabList
        selectedValue={panel}
        onTabSelect={(_event, data) => setPanel(data.value as PanelId)}
        aria-label={strings.tabs.label}
        size="small"
      >
        {available.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {strings.tabs[id]}
          </Tab>
        ))}
      </TabList>
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
