import * as React from "react";
import type { PlanSession } from "../session/plan-session";
import { SessionProvider } from "../session/SessionContext";
import { describeRule } from "../session/rule-titles";
import { Workspace, type WorkspaceProps } from "./Workspace";
import { InsertPanel } from "./insert/InsertPanel";

export interface SessionWorkspaceProps {
  session: PlanSession;
  /** Extra panels a page adds (e.g. the report panel); the insert panel is always there. */
  panels?: WorkspaceProps["panels"];
}

/** Starts checking as soon as the pane opens, and keeps checking while staff type. */
export function SessionWorkspace({ session, panels }: SessionWorkspaceProps) {
  React.useEffect(() => {
    void session.check().then(() => session.startLiveChecking());
    return () => session.stopLiveChecking();
  }, [session]);
  return (
    <SessionProvider value={session}>
      <Workspace describeRule={describeRule} panels={{ insert: <InsertPanel />, ...panels }} />
    </SessionProvider>
  );
}
