import * as React from "react";
import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../core/model/finding";
import { format } from "../../i18n/strings";
import { useLocalize, useStrings } from "../../i18n/StringsContext";
import { SeverityLabel } from "./SeverityLabel";
import { findingLocationLabel, isSelectable } from "./finding-location";

const useStyles = makeStyles({
  item: {
    listStyleType: "none",
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  current: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
  },
  select: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    textAlign: "start",
    border: "none",
    background: "none",
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  meta: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  message: { overflowWrap: "anywhere" },
  fix: { margin: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS}` },
});

export interface FindingItemProps {
  finding: Finding;
  current: boolean;
  onSelect(finding: Finding): void;
  onFix(finding: Finding): void;
  busy: boolean;
  /** The select button's tooltip; "Chọn ô trong Word" unless the page shows cells itself. */
  actionLabel?: string;
}

export function FindingItem({
  finding,
  current,
  onSelect,
  onFix,
  busy,
  actionLabel,
}: FindingItemProps) {
  const styles = useStyles();
  const strings = useStrings();
  const localize = useLocalize();
  const selectable = isSelectable(finding);
  const location = findingLocationLabel(finding, strings);
  const body = (
    <>
      <span className={styles.meta}>
        <SeverityLabel severity={finding.severity} />
        <span>{location}</span>
      </span>
      <span className={styles.message}>{localize(finding.message)}</span>
    </>
  );
  return (
    <li className={mergeClasses(styles.item, current && styles.current)}>
      {selectable ? (
        <button
          type="button"
          className={styles.select}
          onClick={() => onSelect(finding)}
          aria-current={current ? "true" : undefined}
          title={actionLabel ?? strings.check.goTo}
        >
          {body}
        </button>
      ) : (
        <div className={mergeClasses(styles.select, styles.static)}>{body}</div>
      )}
      {finding.fix && (
        <Button
          className={styles.fix}
          size="small"
          appearance="primary"
          disabled={busy}
          onClick={() => onFix(finding)}
        >
          {format(strings.check.applyFix, { label: localize(finding.fix.label) })}
        </Button>
      )}
    </li>
  );
}
