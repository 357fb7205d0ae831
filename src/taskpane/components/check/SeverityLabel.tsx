import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import {
  ErrorCircle16Filled,
  Lightbulb16Filled,
  Warning16Filled,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { Severity } from "../../../core/model/finding";
import { useStrings } from "../../i18n/StringsContext";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  tip: { color: tokens.colorBrandForeground1 },
});

const ICONS: Record<Severity, FluentIcon> = {
  error: ErrorCircle16Filled,
  warning: Warning16Filled,
  tip: Lightbulb16Filled,
};

/** Severity by icon and word, never by colour alone. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const strings = useStrings();
  const Icon = ICONS[severity];
  return (
    <span className={`${styles.root} ${styles[severity]}`}>
      <Icon aria-hidden />
      {strings.severity[severity]}
    </span>
  );
}
