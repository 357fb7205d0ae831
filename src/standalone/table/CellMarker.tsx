import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Lightbulb16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Finding, Severity } from "../../core/model/finding";
import { useLocalize, useStrings } from "../../taskpane/i18n/StringsContext";
import { worstSeverity } from "./cell-findings";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    verticalAlign: "text-bottom",
    marginInlineEnd: tokens.spacingHorizontalXXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  tip: { color: tokens.colorBrandForeground1 },
});

const ICONS: Record<Severity, typeof ErrorCircle16Filled> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  tip: Lightbulb16Filled,
};

/**
 * A cell's problems by icon and words, not by colour alone: the icon of the worst severity, and a
 * label (read by screen readers, shown on hover) naming every problem with its severity.
 */
export function CellMarker({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const strings = useStrings();
  const localize = useLocalize();
  const severity = worstSeverity(findings);
  if (!severity) return null;
  const Icon = ICONS[severity];
  const label = findings
    .map((finding) => `${strings.severity[finding.severity]}: ${localize(finding.message)}`)
    .join("\n");
  return (
    <span
      className={mergeClasses(styles.root, styles[severity])}
      role="img"
      aria-label={label}
      title={label}
    >
      <Icon aria-hidden />
    </span>
  );
}
