import * as React from "react";
import type { Finding } from "../../../core/model/finding";

/**
 * Where a page shows the cell of a chosen finding besides Word's selection: the standalone page,
 * whose .docx host has no selection to move, shows it in a read-only copy of the table. The task
 * pane provides none.
 */
export interface FindingViewer {
  /** What choosing a finding does, as its button's tooltip ("Xem ô trong bảng"). */
  actionLabel: string;
  show(finding: Finding): void;
}

const FindingViewerContext = React.createContext<FindingViewer | undefined>(undefined);

export const FindingViewerProvider = FindingViewerContext.Provider;

export function useFindingViewer(): FindingViewer | undefined {
  return React.useContext(FindingViewerContext);
}
