import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/**
 * How complete the plan's rows are: a labelled progress bar with its summary under it, drawn like
 * Fluent's Field around a large ProgressBar, from plain elements (those two Fluent components
 * cost about 5 KB gzip in the first view for one bar). A `progressbar` role with its value as
 * text for screen readers; colour only repeats what the text says.
 */
const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column" },
  label: {
    padding: `${tokens.spacingVerticalXXS} 0`,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  track: {
    height: "4px",
    overflow: "hidden",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    "@media (forced-colors: active)": { border: "1px solid CanvasText" },
  },
  bar: {
    height: "100%",
    borderRadius: "inherit",
    transitionProperty: "width",
    transitionDuration: tokens.durationNormal,
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
  },
  brand: { backgroundColor: tokens.colorCompoundBrandBackground },
  success: { backgroundColor: tokens.colorPaletteGreenBackground3 },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  hint: {
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface CompletenessBarProps {
  label: string;
  /** 0…1. */
  ratio: number;
  /** What the ratio means, in words: shown under the bar and read as the bar's value. */
  text: string;
}

export function CompletenessBar({ label, ratio, text }: CompletenessBarProps) {
  const styles = useStyles();
  const labelId = React.useId();
  const color = ratio === 1 ? styles.success : ratio >= 0.5 ? styles.brand : styles.warning;
  return (
    <div className={styles.root}>
      <span id={labelId} className={styles.label}>
        {label}
      </span>
      <div
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(ratio * 100)}
        aria-valuetext={text}
        className={styles.track}
      >
        <div className={mergeClasses(styles.bar, color)} style={{ width: `${ratio * 100}%` }} />
      </div>
      <span className={styles.hint}>{text}</span>
    </div>
  );
}
