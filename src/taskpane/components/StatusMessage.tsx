import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export interface StatusMessageProps {
  intent: "info" | "warning" | "error" | "success";
  title: string;
  body: string;
}

export function StatusMessage({ intent, title, body }: StatusMessageProps) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
    </MessageBar>
  );
}
