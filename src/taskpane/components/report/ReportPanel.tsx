import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from "@fluentui/react-components";
import { DocumentTableArrowRight20Regular } from "@fluentui/react-icons";
import type { CreatedOutcome, RefreshedOutcome } from "../../../core";
import type { LocalizedText } from "../../../core/model/localized";
import { format, type Strings } from "../../i18n/strings";
import { useLocalize, useStrings } from "../../i18n/StringsContext";
import { useSession, useSessionState } from "../../session/SessionContext";
import {
  generateAppendix,
  lastReportResult,
  type ReportResult,
} from "../../session/report-actions";
import { useTypography } from "../typography";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  outcome: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

type Outcome = CreatedOutcome | RefreshedOutcome;

/** What the appendix now holds compared with before: counts, one line each. */
function countLines(outcome: Outcome, report: Strings["report"]): string[] {
  if (outcome.kind === "created") return [format(report.created, { n: outcome.rows })];
  return [
    format(report.keptCells, { n: outcome.keptCells }),
    format(report.updatedCells, { n: outcome.updatedCells }),
    format(report.addedRows, { n: outcome.addedRows }),
    format(report.orphanedRows, { n: outcome.orphanedRows }),
  ];
}

/** What the outcome asks staff to look at: edited plan cells kept, heading parts that differ. */
function notes(outcome: Outcome): LocalizedText[] {
  const conflicts = outcome.conflicts.map((conflict) => conflict.message);
  const heading =
    outcome.kind === "refreshed" ? outcome.headingDiscrepancies.map((d) => d.message) : [];
  return [...heading, ...conflicts];
}

/**
 * The last action's outcome, kept in the panel until the next one (the notice that also
 * announces it goes away after a few seconds, too soon to read a list of things to review).
 */
function ReportOutcome({ result }: { result: Exclude<ReportResult, { status: "failed" }> }) {
  const styles = useStyles();
  const type = useTypography();
  const strings = useStrings();
  const localize = useLocalize();
  const headingId = React.useId();
  const followUps = result.status === "no-plan" ? [] : notes(result.outcome);
  return (
    <section aria-labelledby={headingId} className={styles.outcome}>
      <h3 id={headingId} className={mergeClasses(type.subtitle2, styles.heading)}>
        {strings.report.outcomeTitle}
      </h3>
      {result.status === "applied" ? (
        <ul className={styles.list}>
          {countLines(result.outcome, strings.report).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <Body1>{localize(result.message)}</Body1>
      )}
      {followUps.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{strings.report.checkTitle}</MessageBarTitle>
            <ul className={styles.list} aria-label={strings.report.checkTitle}>
              {followUps.map((note, index) => (
                <li key={index}>{localize(note)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export function ReportPanel() {
  const styles = useStyles();
  const strings = useStrings();
  const session = useSession();
  const state = useSessionState();
  const [result, setResult] = React.useState(() => lastReportResult(session));
  const plan = state.analysis?.plans[0];
  const hasAppendix = (state.analysis?.appendixTables?.length ?? 0) > 0;
  const busy = state.activity !== "idle";

  const run = async () => {
    setResult(undefined);
    setResult(await generateAppendix(session));
  };

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
      {result && result.status !== "failed" && <ReportOutcome result={result} />}
    </div>
  );
}
