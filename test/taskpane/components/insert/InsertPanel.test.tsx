import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { SessionWorkspace } from "../../../../src/taskpane/components/SessionWorkspace";
import { LocaleProvider } from "../../../../src/taskpane/i18n/StringsContext";
import { PlanSession } from "../../../../src/taskpane/session/plan-session";
import { openDocx } from "../../../../src/hosts/docx";
import { actionRows, analyze } from "../../../../src/core";
import { stringsFor } from "../../../../src/taskpane/i18n/strings";
import { panelFromUrl } from "../../../../src/taskpane/components/panel-from-url";

const vi = stringsFor("vi");
const fixture = (name: string) =>
  new Uint8Array(
    readFileSync(path.resolve(__dirname, `../../../../../shared/fixtures/${name}.docx`))
  );

async function openOn(name: string) {
  const host = await openDocx(fixture(name), `${name}.docx`);
  const session = new PlanSession({ host, analyze });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <SessionWorkspace session={session} initialPanel="insert" />
      </LocaleProvider>
    </FluentProvider>
  );
  await act(() => session.check());
  await screen.findByRole("button", { name: vi.insert.insertRows });
  return { host, session };
}

describe("InsertPanel", () => {
  it("inserts the chosen criteria under their standards and the re-check counts them", async () => {
    const { session } = await openOn("mn-pom-lot-2021");
    const user = userEvent.setup();
    expect(screen.getByRole("button", { name: vi.insert.insertRows })).toBeDisabled();
    await user.click(screen.getByRole("checkbox", { name: /^2\.1\./ }));
    await user.click(screen.getByRole("checkbox", { name: /^3\.1\./ }));
    await user.click(screen.getByRole("button", { name: vi.insert.insertRows }));
    const plan = session.getState().analysis?.plans[0];
    expect(plan && actionRows(plan).map((row) => row.criterionCode)).toEqual([
      "2.1",
      "2.3",
      "3.1",
      "3.2",
    ]);
    expect(screen.getByText("4 dòng công việc")).toBeInTheDocument();
  });

  it("says which chosen criteria were already in the plan", async () => {
    await openOn("mn-pom-lot-2021");
    const user = userEvent.setup();
    await user.click(screen.getByRole("checkbox", { name: /^2\.3\./ }));
    await user.click(screen.getByRole("button", { name: vi.insert.insertRows }));
    expect(screen.getByText(/Bỏ qua 2\.3: đã có trong kế hoạch/)).toBeInTheDocument();
  });

  it("inserts a plan table into a document that has none, and the plan is then found", async () => {
    const { session } = await openOn("mn-19-8-tap-huan-2022");
    expect(screen.getByText(vi.insert.needPlan)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("checkbox", { name: /^Tiêu chuẩn 3:/ }));
    await user.click(screen.getByRole("button", { name: vi.insert.insertTable }));
    const plan = session.getState().analysis?.plans[0];
    expect(plan?.metadata.level).toBe("mn");
    expect(plan && actionRows(plan).map((row) => row.criterionCode)).toEqual([
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
    ]);
  });
});

describe("panelFromUrl", () => {
  it.each([
    ["?tab=insert", "insert"],
    ["?tab=report", "report"],
    ["?tab=check", "check"],
    ["?tab=other", undefined],
    ["", undefined],
  ])("%p → %p", (search, panel) => {
    expect(panelFromUrl(search)).toBe(panel);
  });
});
