import * as React from "react";

/**
 * Asks before the page is closed or reloaded while the file has changes not downloaded: the
 * changes live only in this tab. Browsers show their own wording; the page cannot choose it.
 */
export function useLeaveWarning(active: boolean, target: Window = window): void {
  React.useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium and Safari ask only when returnValue is set.
      event.returnValue = "";
    };
    target.addEventListener("beforeunload", warn);
    return () => target.removeEventListener("beforeunload", warn);
  }, [active, target]);
}
