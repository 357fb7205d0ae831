import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  ArrowClockwise16Regular,
  ChevronDown16Regular,
  ChevronUp16Regular,
} from "@fluentui/react-icons";
import type { Finding } from "../../../core/model/finding";
import type { LocalizedText } from "../../../core/model/localized";
import { clockTime } from "../../i18n/clock-time";
import { format } from "../../i18n/strings";
import { useLocalize, useStrings } from "../../i18n/StringsContext";
import { useSession, useSessionState } from "../../session/SessionContext";
import { FindingItem } from "./FindingItem";
import { groupFindings, navigationOrder } from "./group-findings";
import { findingKey } from "../../session/cursor-hold";
import { useFindingViewer } from "./finding-viewer";
import { Notice } from "../Notice";
import { useTypography } from "../typography";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  counts: { color: tokens.colorNeutralForeground2 },
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
  },
  groupTitle: { marginTop: tokens.spacingVerticalS },
  nav: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface FindingsPanelProps {
  /** The name of a kind of finding (a rule's description); undefined falls back to the rule id. */
  describeRule(ruleId: string): LocalizedText | undefined;
}

export function FindingsPanel({ describeRule }: FindingsPanelProps) {
  const styles = useStyles();
  const type = useTypography();
  const strings = useStrings();
  const localize = useLocalize();
  const session = useSession();
  const state = useSessionState();
  const viewer = useFindingViewer();
  const groups = React.useMemo(() => groupFindings(state.visibleFindings), [state.visibleFindings]);
  const order = React.useMemo(() => navigationOrder(groups), [groups]);
  const [currentKey, setCurrentKey] = React.useState<string | undefined>();
  const currentIndex = order.findIndex((finding) => findingKey(finding) === currentKey);
  const busy = state.activity !== "idle";

  const select = (finding: Finding) => {
    setCurrentKey(findingKey(finding));
    viewer?.show(finding);
    void session.selectFinding(finding);
  };
  const step = (delta: number) => {
    if (order.length === 0) return;
    const from = currentIndex < 0 ? (delta > 0 ? -1 : 0) : currentIndex;
    const next = order[(from + delta + order.length) % order.length];
    if (next) select(next);
  };

  const counts = state.analysis?.summary.findingsBySeverity;
  const lastChecked =
    state.lastCheckedAt === undefined
      ? strings.check.neverChecked
      : format(strings.check.lastChecked, {
          time: clockTime(new Date(state.lastCheckedAt)),
        });

  return (
    <section className={styles.root} aria-label={strings.check.findingsLabel}>
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          icon={<ArrowClockwise16Regular />}
          onClick={() => void session.check()}
          disabled={state.activity === "applying"}
        >
          {strings.check.checkNow}
        </Button>
        <span className={type.caption1} aria-live="polite">
          {state.activity === "reading" ? strings.header.checking : lastChecked}
        </span>
      </div>
      {state.readError && (
        <Notice intent="error" role="alert">
          {localize(state.readError)}
        </Notice>
      )}
      {counts && state.analysis?.summary.status === "plan" && (
        <span className={mergeClasses(type.caption1, styles.counts)}>
          {format(strings.check.summaryCounts, {
            errors: counts.error,
            warnings: counts.warning,
            tips: counts.tip,
          })}
        </span>
      )}
      {state.analysis && order.length === 0 && state.analysis.summary.status === "plan" && (
        <Notice intent="success">{strings.check.noFindings}</Notice>
      )}
      {state.heldBackCount > 0 && (
        <span className={type.caption1}>
          {format(strings.check.heldBack, { n: state.heldBackCount })}
        </span>
      )}
      {order.length > 0 && (
        <div className={styles.nav}>
          <Button
            size="small"
            icon={<ChevronUp16Regular />}
            aria-label={strings.check.previous}
            title={strings.check.previous}
            onClick={() => step(-1)}
          />
          <Button
            size="small"
            icon={<ChevronDown16Regular />}
            aria-label={strings.check.next}
            title={strings.check.next}
            onClick={() => step(1)}
          />
          <span className={type.caption1} aria-live="polite">
            {format(strings.check.position, {
              index: currentIndex < 0 ? "–" : currentIndex + 1,
              total: order.length,
            })}
          </span>
        </div>
      )}
      {groups.map((group) => {
        const title = describeRule(group.ruleId);
        const headingId = `group-${group.ruleId}`;
        return (
          <div key={group.ruleId}>
            <h3 id={headingId} className={mergeClasses(type.subtitle2, styles.groupTitle)}>
              {title ? localize(title) : group.ruleId} ({group.findings.length})
            </h3>
            <ul className={styles.group} aria-labelledby={headingId}>
              {group.findings.map((finding) => (
                <FindingItem
                  key={findingKey(finding)}
                  finding={finding}
                  current={findingKey(finding) === currentKey}
                  onSelect={select}
                  onFix={(f) => void session.applyFix(f)}
                  busy={busy}
                  actionLabel={viewer?.actionLabel}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
