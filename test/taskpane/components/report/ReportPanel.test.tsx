import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReportPanel } from "../../../../src/taskpane/components/report/ReportPanel";
import { LocaleProvider } from "../../../../src/taskpane/i18n/StringsContext";
import { SessionProvider } from "../../../../src/taskpane/session/SessionContext";
import { PlanSession } from "../../../../src/taskpane/session/plan-session";
import { openDocx } from "../../../../src/hosts/docx";
import { analyze } from "../../../../src/core";
import { stringsFor } from "../../../../src/taskpane/i18n/strings";

const vi = stringsFor("vi");
const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(path.resolve(__dirname, `../../../../../shared/fixtures/${name}.docx`))
  );

async function renderOn(name: string) {
  const host = await openDocx(fixture(name), `${name}.docx`);
  const session = new PlanSession({ host, analyze });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <SessionProvider value={session}>
          <ReportPanel />
        </SessionProvider>
      </LocaleProvider>
    </FluentProvider>
  );
  await act(() => session.check());
  return { host, session };
}

describe("ReportPanel", () => {
  it("refreshes the preschool plan's own appendix and lists what to review in its heading", async () => {
    const { host, session } = await renderOn("mn-pom-lot-2021");
    expect(screen.getByText(vi.report.exists)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: vi.report.refresh }));
    expect(host.modified).toBe(true);
    expect(screen.getByText(vi.report.checkTitle)).toBeInTheDocument();
    expect(screen.getByText(/97\/KH-MNPL/)).toBeInTheDocument();
    // The plan is still the same plan after the refresh.
    expect(session.getState().analysis?.summary.plans[0]?.actionRows).toBe(2);
  });

  it("creates an appendix for a plan without one, then finds nothing more to do", async () => {
    const { host, session } = await renderOn("mn-liem-hai-2025");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: vi.report.generate }));
    expect(host.modified).toBe(true);
    expect(session.getState().analysis?.appendixTables).toHaveLength(1);
    await user.click(screen.getByRole("button", { name: vi.report.refresh }));
    expect(screen.getByText(/không có gì cần cập nhật/)).toBeInTheDocument();
  });

  it("explains that there is no plan to report on", async () => {
    await renderOn("mn-19-8-tap-huan-2022");
    expect(screen.getByRole("button", { name: vi.report.generate })).toBeDisabled();
    expect(screen.getByText(vi.report.needPlan)).toBeInTheDocument();
  });
});
