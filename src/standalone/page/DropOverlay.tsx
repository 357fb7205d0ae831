import * as React from "react";
import { makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { DocumentArrowUp20Regular } from "@fluentui/react-icons";
import { useStrings } from "../../taskpane/i18n/StringsContext";

const useStyles = makeStyles({
  root: {
    position: "fixed",
    inset: 0,
    zIndex: 1000,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorBackgroundOverlay,
    color: tokens.colorNeutralForegroundInverted,
    outline: `${tokens.strokeWidthThickest} dashed ${tokens.colorNeutralForegroundInverted}`,
    outlineOffset: `calc(-1 * ${tokens.spacingHorizontalL})`,
    pointerEvents: "none",
    textAlign: "center",
  },
});

/** Shown while a file is dragged over the page: drop it anywhere. (Pointer only; the button is the keyboard's way.) */
export function DropOverlay() {
  const styles = useStyles();
  const strings = useStrings();
  return (
    <div className={styles.root} aria-hidden>
      <DocumentArrowUp20Regular />
      <Subtitle1>{strings.standalone.dropHere}</Subtitle1>
    </div>
  );
}
