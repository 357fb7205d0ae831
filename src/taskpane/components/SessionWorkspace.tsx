import * as React from "react";
import type { PlanSession } from "../session/plan-session";
import { SessionProvider } from "../session/SessionContext";
import { describeRule } from "../session/rule-titles";
import { Workspace, type WorkspaceProps } from "./Workspace";
import { Spinner } from "@fluentui/react-components";

// Loaded when the tab is first opened: checking, what every opening of the pane does, needs
// none of the insertion code.
const InsertPanel = React.lazy(() =>
  import(/* webpackChunkName: "insert" */ "./insert/InsertPanel").then((module) => ({
    default: module.InsertPanel,
  }))
);

function Lazy({ children }: { children: React.ReactNode }) {
  return <React.Suspense fallback={<Spinner size="small" />}>{children}</React.Suspense>;
}

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
      <Workspace
        describeRule={describeRule}
        panels={{
          insert: (
            <Lazy>
              <InsertPanel />
            </Lazy>
          ),
          ...panels,
        }}
      />
    </SessionProvider>
  );
}
