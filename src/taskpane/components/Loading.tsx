import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n/StringsContext";

const useStyles = makeStyles({
  root: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/**
 * While a panel's code loads: "Đang tải…", announced politely. Words rather than Fluent's Spinner,
 * which would load its own code up front for a moment that is usually too short to see.
 */
export function Loading() {
  const styles = useStyles();
  const { loading } = useStrings();
  return (
    <span role="status" className={styles.root}>
      {loading}
    </span>
  );
}
