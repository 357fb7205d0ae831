import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useLocalize, useStrings } from "../i18n/StringsContext";
import { useSession } from "../session/SessionContext";
import type { SessionNotice } from "../session/plan-session";
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

/** How long a notice stays: errors longer, so they can be read. */
const DURATION_MS = { success: 4000, info: 4000, warning: 6000, error: 9000 } as const;
const MAX_SHOWN = 3;

/**
 * Every action's outcome as a toast at the bottom of the pane, announced by screen readers
 * (a polite live region; errors assertive). Built on the pane's own `Notice` rather than Fluent's
 * Toaster and its animation stack.
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
      setShown((current) => [...current, { ...notice, id }].slice(-MAX_SHOWN));
      const timer = setTimeout(() => {
        timers.delete(timer);
        dismiss(id);
      }, DURATION_MS[notice.intent]);
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
