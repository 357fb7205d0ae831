import * as React from "react";
import type { PlanSession, SessionState } from "./plan-session";

const SessionContext = React.createContext<PlanSession | undefined>(undefined);

export const SessionProvider = SessionContext.Provider;

export function useSession(): PlanSession {
  const session = React.useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}

/** The session's state, re-rendering on every change. */
export function useSessionState(): SessionState {
  const session = useSession();
  return React.useSyncExternalStore(session.subscribe, session.getState, session.getState);
}
