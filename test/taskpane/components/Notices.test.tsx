import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Notices } from "../../../src/taskpane/components/Notices";
import { LocaleProvider } from "../../../src/taskpane/i18n/StringsContext";
import { SessionProvider } from "../../../src/taskpane/session/SessionContext";
import { PlanSession } from "../../../src/taskpane/session/plan-session";
import { ScriptedHost } from "../support/scripted-host";
import { analysisWith } from "../support/analysis";

function setup() {
  const host = new ScriptedHost();
  const session = new PlanSession({ host, analyze: () => analysisWith([]) });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <SessionProvider value={session}>
          <Notices />
        </SessionProvider>
      </LocaleProvider>
    </FluentProvider>
  );
  return { host, session };
}

const edit = {
  kind: "setCellText" as const,
  cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
  expectedText: "",
  text: "BGH",
};

describe("Notices", () => {
  it("shows each action's outcome in a live region, and can be dismissed", async () => {
    const { session } = setup();
    await act(() => session.applyEdits([edit], { vi: "Đã sửa ô.", en: "Fixed the cell." }));
    expect(screen.getByRole("status")).toHaveTextContent("Đã sửa ô.");
    await userEvent.setup().click(screen.getByRole("button", { name: "Đóng" }));
    expect(screen.queryByText("Đã sửa ô.")).toBeNull();
  });

  it("announces failures as alerts", async () => {
    const { session, host } = setup();
    host.outcome = {
      ok: false,
      reason: "read-only",
      message: { vi: "Tài liệu chỉ đọc.", en: "Read-only." },
    };
    await act(() => session.applyEdits([edit], { vi: "Đã sửa ô.", en: "Fixed the cell." }));
    expect(screen.getByRole("alert")).toHaveTextContent("Tài liệu chỉ đọc.");
  });

  describe("with a clock", () => {
    beforeEach(() => jest.useFakeTimers());
    afterEach(() => jest.useRealTimers());

    const fail = (host: ScriptedHost, reason: "read-only" | "stale", text: string) => {
      host.outcome = { ok: false, reason, message: { vi: text, en: text } };
    };

    it("lets a success go away by itself", async () => {
      const { session } = setup();
      await act(() => session.applyEdits([edit], { vi: "Đã sửa ô.", en: "Fixed the cell." }));
      expect(screen.getByText("Đã sửa ô.")).toBeInTheDocument();
      act(() => jest.advanceTimersByTime(5000));
      expect(screen.queryByText("Đã sửa ô.")).toBeNull();
    });

    it("keeps errors and warnings until they are closed", async () => {
      const { session, host } = setup();
      fail(host, "read-only", "Tài liệu chỉ đọc.");
      await act(() => session.applyEdits([edit], { vi: "Đã sửa ô.", en: "Fixed the cell." }));
      fail(host, "stale", "Ô đã đổi.");
      await act(() => session.applyEdits([edit], { vi: "Đã sửa ô.", en: "Fixed the cell." }));
      act(() => jest.advanceTimersByTime(10 * 60 * 1000));
      expect(screen.getByRole("alert")).toHaveTextContent("Tài liệu chỉ đọc.");
      expect(screen.getByText("Ô đã đổi.")).toBeInTheDocument();

      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      const closeButtons = screen.getAllByRole("button", { name: "Đóng" });
      expect(closeButtons).toHaveLength(2);
      await user.click(closeButtons[0] as HTMLElement);
      expect(screen.queryByText("Tài liệu chỉ đọc.")).toBeNull();
      expect(screen.getByText("Ô đã đổi.")).toBeInTheDocument();
    });

    it("makes room for new notices with the ones that would go by themselves", async () => {
      const { session, host } = setup();
      fail(host, "read-only", "Tài liệu chỉ đọc.");
      await act(() => session.applyEdits([edit], { vi: "Đã sửa ô.", en: "Fixed the cell." }));
      host.outcome = { ok: true, applied: 1 };
      for (const text of ["Một.", "Hai.", "Ba."]) {
        await act(() => session.applyEdits([edit], { vi: text, en: text }));
      }
      expect(screen.getByText("Tài liệu chỉ đọc.")).toBeInTheDocument();
      expect(screen.queryByText("Một.")).toBeNull();
      expect(screen.getByText("Ba.")).toBeInTheDocument();
    });
  });
});
