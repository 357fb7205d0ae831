import * as React from "react";
import type { PlanSession } from "../session/plan-session";
import { SessionProvider } from "../session/SessionContext";
import { describeRule } from "../session/rule-titles";
import { Workspace, type WorkspaceProps } from "./Workspace";
import { Loading } from "./Loading";

// Loaded when the tab is first opened: checking, what every opening of the pane does, needs
// none of the insertion code.
const InsertPanel = React.lazy(() =>
  import(/* webpackChunkName: "insert" */ "./insert/InsertPanel").then((module) => ({
    default: module.InsertPanel,
  }))
);

const ReportPanel = React.lazy(() =>
  import(/* webpackChunkName: "report" */ "./report/ReportPanel").then((module) => ({
    default: module.ReportPanel,
  }))
);

function Lazy({ children }: { children: React.ReactNode }) {
  return <React.Suspense fallback={<Loading />}>{children}</React.Suspense>;
}

export interface SessionWorkspaceProps {
  initialPanel?: WorkspaceProps["initialPanel"];
  session: PlanSession;
  /** Panels a page adds or replaces; the insert and report panels are always there. */
  panels?: WorkspaceProps["panels"];
}

/** Starts checking as soon as the pane opens, and keeps checking while staff type. */
export function SessionWorkspace({ session, panels, initialPanel }: SessionWorkspaceProps) {
  React.useEffect(() => {
    void session.firstCheck().then(() => session.startLiveChecking());
    return () => session.stopLiveChecking();
  }, [session]);
  return (
    <SessionProvider value={session}>
      <Workspace
        initialPanel={initialPanel}
        describeRule={describeRule}
        panels={{
          insert: (
            <Lazy>
              <InsertPanel />
            </Lazy>
          ),
          report: (
            <Lazy>
              <ReportPanel />
            </Lazy>
          ),
          ...panels,
        }}
      />
    </SessionProvider>
  );
}
