import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/**
 * The workspace's tabs, drawn like Fluent's small TabList (brand underline on the chosen tab) but
 * built from plain buttons: Fluent's TabList brings a focus-management library and an animated
 * indicator, about 20 KB gzip, to the first view. Keyboard and screen readers as the WAI-ARIA
 * tabs pattern with manual activation (the Chèn and Báo cáo panels load on demand): one tab in the
 * Tab order, arrow keys, Home and End move between tabs, Enter or Space opens one.
 */
const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap" },
  tab: {
    position: "relative",
    display: "inline-grid",
    // Fluent's small tab: its own padding plus its content's.
    padding: `${tokens.spacingVerticalSNudge} calc(${tokens.spacingHorizontalSNudge} + ${tokens.spacingHorizontalXXS})`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "none",
    color: tokens.colorNeutralForeground2,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
    },
    ":hover": { color: tokens.colorNeutralForeground2Hover },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    // Fluent's focus ring around the tab, the chosen tab's underline still visible inside.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid transparent`,
      boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
      zIndex: 1,
    },
  },
  // The label and, hidden in the same grid cell, its semibold twin: a tab keeps its width when
  // it becomes the chosen one.
  label: { gridArea: "1 / 1" },
  reserved: {
    gridArea: "1 / 1",
    visibility: "hidden",
    fontWeight: tokens.fontWeightSemibold,
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover": { color: tokens.colorNeutralForeground1 },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

export interface PanelTab<Id extends string> {
  id: Id;
  label: string;
}

export interface PanelTabsProps<Id extends string> {
  tabs: readonly PanelTab<Id>[];
  selected: Id;
  onSelect(id: Id): void;
  /** The tab list's accessible name. Each tab has the id `tab-<id>` and controls `panel-<id>`. */
  label: string;
}

const STEP: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

export function PanelTabs<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
}: PanelTabsProps<Id>) {
  const styles = useStyles();
  const list = React.useRef<HTMLDivElement>(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    const step = STEP[event.key];
    const buttons = [...(list.current?.querySelectorAll<HTMLElement>('[role="tab"]') ?? [])];
    const index = buttons.indexOf(event.target as HTMLElement);
    if (!step || index < 0) return;
    event.preventDefault();
    buttons[step(index, buttons.length)]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map(({ id, label: tabLabel }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          aria-selected={id === selected}
          tabIndex={id === selected ? 0 : -1}
          className={mergeClasses(styles.tab, id === selected && styles.selected)}
          onClick={() => onSelect(id)}
        >
          <span className={styles.label}>{tabLabel}</span>
          <span className={styles.reserved} aria-hidden>
            {tabLabel}
          </span>
        </button>
      ))}
    </div>
  );
}
