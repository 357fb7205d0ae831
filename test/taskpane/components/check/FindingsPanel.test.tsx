import * as React from "react";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingsPanel } from "../../../../src/taskpane/components/check/FindingsPanel";
import { LocaleProvider } from "../../../../src/taskpane/i18n/StringsContext";
import { SessionProvider } from "../../../../src/taskpane/session/SessionContext";
import { PlanSession } from "../../../../src/taskpane/session/plan-session";
import { stringsFor } from "../../../../src/taskpane/i18n/strings";
import { ScriptedHost } from "../../support/scripted-host";
import { analysisWith, finding } from "../../support/analysis";
import type { Finding } from "../../../../src/core/model/finding";

const vi = stringsFor("vi");

async function renderPanel(findings: Finding[]) {
  const host = new ScriptedHost();
  const session = new PlanSession({ host, analyze: () => analysisWith(findings) });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <SessionProvider value={session}>
          <FindingsPanel describeRule={(id) => ({ vi: `Nhóm ${id}`, en: `Group ${id}` })} />
        </SessionProvider>
      </LocaleProvider>
    </FluentProvider>
  );
  await act(() => session.check());
  return { host, session };
}

describe("FindingsPanel", () => {
  it("groups findings by kind with counts, severity in words", async () => {
    await renderPanel([
      finding("missing-owner", 3),
      finding("missing-owner", 5),
      finding("vague-deadline", 4, 5, "tip"),
    ]);
    expect(screen.getByRole("heading", { name: "Nhóm missing-owner (2)" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Nhóm vague-deadline (1)" })).toBeInTheDocument();
    const ownerList = screen.getByRole("list", { name: "Nhóm missing-owner (2)" });
    expect(within(ownerList).getAllByText(vi.severity.error)).toHaveLength(2);
    expect(screen.getByText(vi.severity.tip)).toBeInTheDocument();
    expect(screen.getByText("Bảng 1, dòng 4")).toBeInTheDocument();
  });

  it("selects the finding's cell on click and on Enter", async () => {
    const { host } = await renderPanel([
      finding("missing-owner", 3),
      finding("missing-deadline", 5, 5),
    ]);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: /vi:missing-owner:3/ }));
    screen.getByRole("button", { name: /vi:missing-deadline:5/ }).focus();
    await user.keyboard("{Enter}");
    expect(host.selected).toEqual([
      { tableIndex: 0, rowIndex: 3, cellIndex: 4 },
      { tableIndex: 0, rowIndex: 5, cellIndex: 5 },
    ]);
  });

  it("walks findings with Next and Previous, wrapping around", async () => {
    const { host } = await renderPanel([finding("missing-owner", 3), finding("missing-owner", 5)]);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: vi.check.next }));
    await user.click(screen.getByRole("button", { name: vi.check.next }));
    await user.click(screen.getByRole("button", { name: vi.check.next }));
    await user.click(screen.getByRole("button", { name: vi.check.previous }));
    expect(host.selected.map((cell) => cell.rowIndex)).toEqual([3, 5, 3, 5]);
    expect(screen.getByText("2/2")).toBeInTheDocument();
  });

  it("applies a suggested fix", async () => {
    const fixable: Finding = {
      ...finding("criterion-title-mismatch", 5, 1, "warning"),
      fix: {
        kind: "replaceCellText",
        cell: { tableIndex: 0, rowIndex: 5, cellIndex: 1 },
        expectedText: "cũ",
        newText: "mới",
        label: { vi: "tên chính thức", en: "official title" },
      },
    };
    const { host } = await renderPanel([fixable]);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sửa: tên chính thức" }));
    expect(host.applied).toHaveLength(1);
  });

  it("re-reads the document on Kiểm tra ngay and says when it checked", async () => {
    const { host } = await renderPanel([]);
    expect(screen.getByText(vi.check.noFindings)).toBeInTheDocument();
    expect(screen.getByText(/^Kiểm tra lúc /)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: vi.check.checkNow }));
    expect(host.reads).toBe(2);
  });
});
