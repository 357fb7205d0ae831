import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { AnalyzeResult } from "../../src/core/analyze/types";
import type { DocumentModel } from "../../src/core/model/document";
import type { Finding } from "../../src/core/model/finding";
import { DocumentTables } from "../../src/standalone/table/DocumentTables";
import type { ChosenFinding } from "../../src/standalone/table/chosen-finding";
import { LocaleProvider } from "../../src/taskpane/i18n/StringsContext";
import { SessionProvider } from "../../src/taskpane/session/SessionContext";
import { PlanSession } from "../../src/taskpane/session/plan-session";
import { documentWith, mergedTable } from "./support/model";

function finding(
  ruleId: string,
  severity: Finding["severity"],
  rowIndex: number,
  cellIndex: number
): Finding {
  return {
    ruleId,
    severity,
    message: { vi: `Thông báo ${ruleId}`, en: `Message ${ruleId}` },
    location: { tableIndex: 0, rowIndex, cell: { tableIndex: 0, rowIndex, cellIndex } },
  };
}

const missingAction = finding("missing-action", "error", 2, 1);
// Points at the continued half of the vertically merged owner cell: drawn on the merge's first cell.
const vagueOwner = finding("vague-owner", "warning", 2, 3);
const groupTip = finding("group-tip", "tip", 3, 0);

function analysisOf(findings: Finding[]): AnalyzeResult {
  return {
    plans: [],
    findings,
    summary: { status: "plan", plans: [], findingsBySeverity: { error: 1, warning: 1, tip: 1 } },
    appendixTables: [],
  };
}

async function renderTables(
  document: DocumentModel,
  chosen?: (document: DocumentModel) => ChosenFinding
) {
  const findings = [missingAction, vagueOwner, groupTip];
  const session = new PlanSession({
    host: {
      capabilities: { canSelect: false, hasCursor: false, canWatchChanges: false },
      readDocument: async () => document,
      applyEdits: async () => ({ ok: true, applied: 0 }),
      selectCell: async () => false,
    },
    analyze: () => analysisOf(findings),
  });
  const view = (choice: ChosenFinding | undefined) => (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <SessionProvider value={session}>
          <DocumentTables chosen={choice} />
        </SessionProvider>
      </LocaleProvider>
    </FluentProvider>
  );
  const result = render(view(undefined));
  await act(() => session.check());
  if (chosen) result.rerender(view(chosen(document)));
  return result;
}

const cellAt = (container: HTMLElement, key: string) =>
  container.querySelector(`[data-cell="0/${key}"]`) as HTMLElement;

beforeEach(() => {
  Element.prototype.scrollIntoView = jest.fn();
});

describe("the read-only table view", () => {
  it("draws Word's spans as colSpan, vertical merges as rowSpan, gaps as empty cells, breaks as written", async () => {
    const { container } = await renderTables(documentWith(mergedTable()));
    const table = screen.getByRole("table", { name: "Bảng 1" });
    const header = within(table).getByRole("columnheader", { name: "Nội dung" });
    expect(header).toHaveAttribute("colspan", "2");
    expect(cellAt(container, "1:3")).toHaveAttribute("rowspan", "2");
    expect(cellAt(container, "1:3")).toHaveTextContent("Hiệu trưởng");
    expect(cellAt(container, "2:3")).toBeNull();
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(4);
    // Row 3 starts one grid column in: an empty gap, then the group cell over the other three.
    const lastRow = rows[3] as HTMLElement;
    const drawn = lastRow.querySelectorAll("td");
    expect(drawn).toHaveLength(2);
    expect(drawn[0]).toHaveAttribute("colspan", "1");
    expect(drawn[1]).toHaveAttribute("colspan", "3");
    // A line break inside a paragraph stays a line break (the cell keeps white space as written).
    const paragraphs = cellAt(container, "1:1").querySelectorAll("p");
    expect([...paragraphs].map((paragraph) => paragraph.textContent)).toEqual([
      "Dòng một\ndòng hai",
    ]);
    expect(within(table).getByRole("rowheader", { name: "Dòng 3" })).toBeInTheDocument();
  });

  it("marks problem cells by severity, with an icon and a label naming each problem", async () => {
    const { container } = await renderTables(documentWith(mergedTable()));
    expect(cellAt(container, "2:1")).toHaveAttribute("data-severity", "error");
    expect(within(cellAt(container, "2:1")).getByRole("img")).toHaveAccessibleName(
      "Lỗi: Thông báo missing-action"
    );
    expect(cellAt(container, "1:3")).toHaveAttribute("data-severity", "warning");
    expect(within(cellAt(container, "1:3")).getByRole("img")).toHaveAccessibleName(
      "Cảnh báo: Thông báo vague-owner"
    );
    expect(cellAt(container, "3:0")).toHaveAttribute("data-severity", "tip");
    expect(within(cellAt(container, "3:0")).getByRole("img")).toHaveAccessibleName(
      "Gợi ý: Thông báo group-tip"
    );
    expect(cellAt(container, "1:0")).not.toHaveAttribute("data-severity");
    expect(within(cellAt(container, "1:0")).queryByRole("img")).toBeNull();
  });

  it("outlines the chosen finding's cell, scrolls it into view and says where it is", async () => {
    const { container } = await renderTables(documentWith(mergedTable()), (document) => ({
      finding: vagueOwner,
      document,
      at: 1,
    }));
    const owner = cellAt(container, "1:3");
    expect(owner).toHaveAttribute("aria-current", "location");
    expect(owner.scrollIntoView).toHaveBeenCalledWith(expect.objectContaining({ block: "center" }));
    expect(screen.getByText("Đang chỉ ô ở bảng 1, dòng 2.")).toBeInTheDocument();
  });

  it("lets a choice lapse once the document it was made in has changed", async () => {
    const { container } = await renderTables(documentWith(mergedTable()), () => ({
      finding: vagueOwner,
      document: documentWith(),
      at: 1,
    }));
    expect(cellAt(container, "1:3")).not.toHaveAttribute("aria-current");
  });
});
