import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { format } from "../../taskpane/i18n/strings";
import { useLocalize, useStrings } from "../../taskpane/i18n/StringsContext";
import type { OpenFailure } from "./use-file-opener";

/** Why a file did not open, in the docx host's words (which name the file and say what to do). */
export function OpenFailureMessage({
  failure,
  onDismiss,
}: {
  failure: OpenFailure;
  onDismiss(): void;
}) {
  const strings = useStrings();
  const localize = useLocalize();
  const body =
    failure.kind === "not-openable"
      ? localize(failure.message)
      : failure.kind === "unreadable"
        ? format(strings.standalone.readFailed, { name: failure.fileName })
        : strings.standalone.sampleFailed;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{strings.standalone.openFailed}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            icon={<Dismiss20Regular />}
            aria-label={strings.toastDismiss}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
