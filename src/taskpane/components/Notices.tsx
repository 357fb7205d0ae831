import * as React from "react";
import { Toast, Toaster, ToastTitle, useId, useToastController } from "@fluentui/react-components";
import { useLocalize } from "../i18n/StringsContext";
import { useSession } from "../session/SessionContext";

/** Every action's outcome as a toast, announced to screen readers. */
export function Notices() {
  const toasterId = useId("notices");
  const { dispatchToast } = useToastController(toasterId);
  const session = useSession();
  const localize = useLocalize();
  React.useEffect(
    () =>
      session.onNotice((notice) =>
        dispatchToast(
          <Toast>
            <ToastTitle>{localize(notice.message)}</ToastTitle>
          </Toast>,
          { intent: notice.intent, timeout: notice.intent === "error" ? 8000 : 4000 }
        )
      ),
    [session, dispatchToast, localize]
  );
  return <Toaster toasterId={toasterId} position="bottom" />;
}
