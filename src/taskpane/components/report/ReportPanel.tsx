import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableArrowRight20Regular } from "@fluentui/react-icons";
import type { AppendixOutcome } from "../../../core";
import type { LocalizedText } from "../../../core/model/localized";
import { useLocalize, useStrings } from "../../i18n/StringsContext";
import { useSession, useSessionState } from "../../session/SessionContext";
import { generateAppendix, type ReportResult } from "../../session/report-actions";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

/** What the outcome asks staff to look at: edited plan cells kept, heading parts that differ. */
function notes(outcome: AppendixOutcome | undefined): LocalizedText[] {
  if (!outcome || outcome.kind === "no-plan") return [];
  const conflicts = outcome.conflicts.map((conflict) => conflict.message);
  const heading =
    outcome.kind === "refreshed" ? outcome.headingDiscrepancies.map((d) => d.message) : [];
  return [...heading, ...conflicts];
}

export function ReportPanel() {
  const styles = useStyles();
  const strings = useStrings();
  const localize = useLocalize();
  const session = useSession();
  const state = useSessionState();
  const [result, setResult] = React.useState<ReportResult | undefined>();
  const plan = state.analysis?.plans[0];
  const hasAppendix = (state.analysis?.appendixTables?.length ?? 0) > 0;
  const busy = state.activity !== "idle";

  const run = async () => setResult(await generateAppendix(session));
  const followUps = notes(result?.outcome);

  return (
    <div className={styles.root}>
      <Body1>{strings.report.hint}</Body1>
      {hasAppendix && <Caption1>{strings.report.exists}</Caption1>}
      <Button
        appearance="primary"
        icon={<DocumentTableArrowRight20Regular />}
        disabled={busy || !plan}
        onClick={() => void run()}
      >
        {hasAppendix ? strings.report.refresh : strings.report.generate}
      </Button>
      {!plan && <Caption1>{strings.report.needPlan}</Caption1>}
      {result && !result.applied && result.message && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{localize(result.message)}</MessageBarBody>
        </MessageBar>
      )}
      {followUps.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.report.checkTitle}</MessageBarTitle>
            <ul className={styles.list}>
              {followUps.map((note, index) => (
                <li key={index}>{localize(note)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
