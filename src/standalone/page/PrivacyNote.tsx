import * as React from "react";
import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldLock20Regular } from "@fluentui/react-icons";
import { useStrings } from "../../taskpane/i18n/StringsContext";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  icon: { flexShrink: 0 },
});

/** Said plainly, because schools are right to ask before putting a plan into a web page. */
export function PrivacyNote() {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <div className={styles.root}>
      <ShieldLock20Regular className={styles.icon} aria-hidden />
      <Body1>{strings.standalone.privacy}</Body1>
    </div>
  );
}
