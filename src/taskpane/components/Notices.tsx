import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useLocalize, useStrings } from "../i18n/StringsContext";
import { useSession } from "../session/SessionContext";
import type { NoticeIntent, SessionNotice } from "../session/plan-session";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  region: {
    position: "fixed",
    left: tokens.spacingHorizontalS,
    right: tokens.spacingHorizontalS,
    bottom: tokens.spacingVerticalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    zIndex: 10,
    pointerEvents: "none",
  },
  notice: { pointerEvents: "auto", boxShadow: tokens.shadow8 },
});

interface ShownNotice extends SessionNotice {
  id: number;
}

/**
 * How long an outcome stays. Errors and warnings have none: they say something went wrong or needs
 * looking at, and stay until closed, however long the user takes to come back to the pane.
 */
const AUTO_DISMISS_MS: Partial<Record<NoticeIntent, number>> = { success: 4000, info: 4000 };
const MAX_SHOWN = 3;

/** At most MAX_SHOWN, the newest kept: older ones that would go by themselves make room first. */
function withinLimit(notices: readonly ShownNotice[]): ShownNotice[] {
  const kept = [...notices];
  while (kept.length > MAX_SHOWN) {
    const older = kept.slice(0, -1);
    const transient = older.findIndex((notice) => AUTO_DISMISS_MS[notice.intent] !== undefined);
    kept.splice(Math.max(transient, 0), 1);
  }
  return kept;
}

/**
 * Every action's outcome as a toast at the bottom of the pane, announced by screen readers
 * (a polite live region; errors assertive), each with a close button. Built on the pane's own
 * `Notice` rather than Fluent's Toaster and its animation stack.
 */
export function Notices() {
  const styles = useStyles();
  const strings = useStrings();
  const localize = useLocalize();
  const session = useSession();
  const [shown, setShown] = React.useState<ShownNotice[]>([]);
  const nextId = React.useRef(1);

  const dismiss = React.useCallback(
    (id: number) => setShown((current) => current.filter((notice) => notice.id !== id)),
    []
  );

  React.useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const unsubscribe = session.onNotice((notice) => {
      const id = nextId.current++;
      setShown((current) => withinLimit([...current, { ...notice, id }]));
      const duration = AUTO_DISMISS_MS[notice.intent];
      if (duration === undefined) return;
      const timer = setTimeout(() => {
        timers.delete(timer);
        dismiss(id);
      }, duration);
      timers.add(timer);
    });
    return () => {
      unsubscribe();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [session, dismiss]);

  return (
    <div className={styles.region} role="status" aria-live="polite">
      {shown.map((notice) => (
        <Notice
          key={notice.id}
          className={styles.notice}
          intent={notice.intent}
          role={notice.intent === "error" ? "alert" : undefined}
          action={
            <Button
              appearance="transparent"
              icon={<Dismiss16Regular />}
              aria-label={strings.toastDismiss}
              onClick={() => dismiss(notice.id)}
            />
          }
        >
          {localize(notice.message)}
        </Notice>
      ))}
    </div>
  );
}
