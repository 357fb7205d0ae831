import * as React from "react";
import {
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  DiamondDismiss20Filled,
  Info20Filled,
  Warning20Filled,
  type FluentIcon,
} from "@fluentui/react-icons";

/**
 * A message in the pane — status, outcome, problem — drawn as Fluent's multiline MessageBar (same
 * tokens, icons and layout) from plain elements: MessageBar's reflow observer and motion cost
 * about 3.5 KB gzip in the first view. A group named by its title, as MessageBar is; `role`
 * makes it a live region where the message must be announced when it appears.
 */
const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    alignItems: "start",
    columnGap: tokens.spacingHorizontalS,
    minHeight: "36px",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalMNudge} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  info: {},
  error: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    ...shorthands.borderColor(tokens.colorStatusDangerBorder1),
  },
  warning: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    ...shorthands.borderColor(tokens.colorStatusWarningBorder1),
  },
  success: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    ...shorthands.borderColor(tokens.colorStatusSuccessBorder1),
  },
  icon: {
    display: "flex",
    fontSize: tokens.fontSizeBase500,
    color: tokens.colorNeutralForeground3,
  },
  infoIcon: {},
  errorIcon: { color: tokens.colorStatusDangerForeground1 },
  warningIcon: { color: tokens.colorStatusWarningForeground3 },
  successIcon: { color: tokens.colorStatusSuccessForeground1 },
  body: { ...typographyStyles.body1, paddingRight: tokens.spacingHorizontalM },
  title: { ...typographyStyles.body1Strong, "::after": { content: '" "' } },
  action: { marginTop: `calc(-1 * ${tokens.spacingVerticalXS})` },
});

export type NoticeIntent = "info" | "success" | "warning" | "error";

const ICONS: Record<NoticeIntent, FluentIcon> = {
  info: Info20Filled,
  success: CheckmarkCircle20Filled,
  warning: Warning20Filled,
  error: DiamondDismiss20Filled,
};

export interface NoticeProps {
  intent: NoticeIntent;
  title?: string;
  children?: React.ReactNode;
  /** A button at the end, such as "close". */
  action?: React.ReactNode;
  role?: "status" | "alert";
  className?: string;
}

export function Notice({ intent, title, children, action, role, className }: NoticeProps) {
  const styles = useStyles();
  const titleId = React.useId();
  const Icon = ICONS[intent];
  return (
    <div
      role={role ?? "group"}
      aria-labelledby={title ? titleId : undefined}
      className={mergeClasses(styles.root, styles[intent], className)}
    >
      <span className={mergeClasses(styles.icon, styles[`${intent}Icon`])}>
        <Icon aria-hidden />
      </span>
      <div className={styles.body}>
        {title && (
          <span id={titleId} className={styles.title}>
            {title}
          </span>
        )}
        {children}
      </div>
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}
