import * as React from "react";
import { Notice } from "./Notice";

export interface StatusMessageProps {
  intent: "info" | "warning" | "error" | "success";
  title: string;
  body: string;
}

/** Where the pane stands when it cannot check: outside Word, Word too old, Office.js missing. */
export function StatusMessage({ intent, title, body }: StatusMessageProps) {
  return (
    <Notice intent={intent} title={title}>
      {body}
    </Notice>
  );
}
