import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { CompletenessBar } from "./CompletenessBar";
import { Notice } from "./Notice";
import { useTypography } from "./typography";
import { format } from "../i18n/strings";
import { useLocalize, useStrings } from "../i18n/StringsContext";
import { useSessionState } from "../session/SessionContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
    color: tokens.colorNeutralForeground2,
  },
});

/** What was found: level, school year, rows, and how complete the rows are. */
export function PlanHeader() {
  const styles = useStyles();
  const type = useTypography();
  const strings = useStrings();
  const localize = useLocalize();
  const { analysis } = useSessionState();
  if (!analysis) return null;
  const plan = analysis.plans[0];
  const summary = analysis.summary.plans[0];
  if (analysis.summary.status === "no-plan" || !plan || !summary) {
    return (
      <Notice intent="info">
        {analysis.summary.message ? localize(analysis.summary.message) : strings.header.noPlan}
      </Notice>
    );
  }
  const { metadata } = plan;
  const ratio = summary.actionRows === 0 ? 0 : summary.completeRows / summary.actionRows;
  const levelName = strings.levels[metadata.level];
  return (
    <div className={styles.root}>
      <h2 className={type.subtitle2}>
        {metadata.levelSource === "default"
          ? format(strings.header.levelAssumed, { level: levelName })
          : levelName}
      </h2>
      <div className={styles.facts}>
        {metadata.schoolYear && (
          <span className={type.caption1}>
            {format(strings.header.schoolYear, {
              year: `${metadata.schoolYear.startYear}-${metadata.schoolYear.endYear}`,
            })}
          </span>
        )}
        <span className={type.caption1}>
          {format(strings.header.rows, { n: summary.actionRows })}
        </span>
      </div>
      <CompletenessBar
        label={strings.header.completeness}
        ratio={ratio}
        text={localize(summary.text)}
      />
    </div>
  );
}
