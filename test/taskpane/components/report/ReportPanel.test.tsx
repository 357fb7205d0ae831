import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ReportPanel } from "../../../../src/taskpane/components/report/ReportPanel";
import { LocaleProvider } from "../../../../src/taskpane/i18n/StringsContext";
import { SessionProvider } from "../../../../src/taskpane/session/SessionContext";
import { PlanSession } from "../../../../src/taskpane/session/plan-session";
import { openDocx } from "../../../../src/hosts/docx";
import { analyze, planAppendix } from "../../../../src/core";
import { format, stringsFor } from "../../../../src/taskpane/i18n/strings";

const vi = stringsFor("vi");
const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(path.resolve(__dirname, `../../../../../shared/fixtures/${name}.docx`))
  );

function renderPanel(session: PlanSession) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <SessionProvider value={session}>
          <ReportPanel />
        </SessionProvider>
      </LocaleProvider>
    </FluentProvider>
  );
}

async function renderOn(name: string) {
  const host = await openDocx(fixture(name), `${name}.docx`);
  const session = new PlanSession({ host, analyze });
  const view = renderPanel(session);
  await act(() => session.check());
  return { host, session, view };
}

const outcomeRegion = () => screen.getByRole("region", { name: vi.report.outcomeTitle });

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

  it("keeps what the refresh did on screen: the counts and what to review", async () => {
    const { session, view } = await renderOn("mn-pom-lot-2021");
    const { document, analysis } = session.getState();
    const outcome = document && analysis && planAppendix(document, analysis).outcome;
    if (outcome?.kind !== "refreshed") throw new Error("the fixture has an appendix to refresh");
    expect(screen.queryByRole("region", { name: vi.report.outcomeTitle })).toBeNull();

    await userEvent.setup().click(screen.getByRole("button", { name: vi.report.refresh }));
    const counts = within(outcomeRegion()).getAllByRole("listitem");
    expect(counts.slice(0, 4).map((item) => item.textContent)).toEqual([
      format(vi.report.keptCells, { n: outcome.keptCells }),
      format(vi.report.updatedCells, { n: outcome.updatedCells }),
      format(vi.report.addedRows, { n: outcome.addedRows }),
      format(vi.report.orphanedRows, { n: outcome.orphanedRows }),
    ]);
    const review = within(outcomeRegion()).getByRole("list", { name: vi.report.checkTitle });
    expect(within(review).getAllByRole("listitem")).toHaveLength(
      outcome.headingDiscrepancies.length + outcome.conflicts.length
    );

    // Still there when the panel comes back (another tab was shown in between).
    view.unmount();
    renderPanel(session);
    expect(within(outcomeRegion()).getByText(/^Giữ nguyên \d+ ô đã điền$/)).toBeInTheDocument();
  });

  it("replaces the outcome with the next action's", async () => {
    await renderOn("mn-liem-hai-2025");
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: vi.report.generate }));
    expect(
      within(outcomeRegion()).getByText(/^Đã tạo phụ lục báo cáo \(12 dòng\)/)
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: vi.report.refresh }));
    expect(within(outcomeRegion()).getByText(/không có gì cần cập nhật/)).toBeInTheDocument();
    expect(within(outcomeRegion()).queryByText(/Đã tạo phụ lục/)).toBeNull();
  });

  it("shows no outcome when the document could not be changed", async () => {
    const { host } = await renderOn("mn-liem-hai-2025");
    host.applyEdits = async () => ({
      ok: false,
      reason: "read-only",
      message: { vi: "Tài liệu chỉ đọc.", en: "Read-only." },
    });
    await userEvent.setup().click(screen.getByRole("button", { name: vi.report.generate }));
    expect(screen.queryByRole("region", { name: vi.report.outcomeTitle })).toBeNull();
  });
});
