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
import { actionRows, analyze, catalogFor } from "../../../../src/core";
import { format, stringsFor } from "../../../../src/taskpane/i18n/strings";
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

/** The accessible name of a criterion's checkbox in a level's 2018 catalog. */
function criterionLabel(level: "mn" | "th", code: string): string {
  const criteria = catalogFor(level, "2018").standards.flatMap((standard) => standard.criteria);
  const criterion = criteria.find((candidate) => candidate.code === code);
  return `${code}. ${criterion?.title ?? ""}`;
}

describe("InsertPanel's school level", () => {
  const levelSelect = () => screen.getByRole("combobox", { name: vi.insert.level });
  const autoOption = () => screen.getByRole("option", { name: /Tự nhận|Chưa nhận ra/ });

  it("says the level was not recognised when the document names none, and the choice takes effect", async () => {
    const { session } = await openOn("mn-19-8-tap-huan-2022");
    expect(autoOption()).toHaveTextContent(
      format(vi.insert.levelNotDetected, { level: vi.levels.mn })
    );
    expect(screen.queryByText(/Tự nhận/)).toBeNull();
    expect(screen.getByRole("checkbox", { name: criterionLabel("mn", "1.1") })).toBeInTheDocument();

    const user = userEvent.setup();
    await user.selectOptions(levelSelect(), vi.levels.th);
    // The criteria offered are now primary school's, and a table inserted is a primary plan.
    expect(screen.getByRole("checkbox", { name: criterionLabel("th", "1.1") })).toBeInTheDocument();
    await user.click(screen.getByRole("checkbox", { name: criterionLabel("th", "1.1") }));
    await user.click(screen.getByRole("button", { name: vi.insert.insertTable }));
    expect(session.getState().analysis?.plans[0]?.metadata.catalogId).toBe(
      catalogFor("th", "2018").id
    );
    expect(screen.getByRole("heading", { name: vi.levels.th })).toBeInTheDocument();
  });

  it("names the level the plan cites, and keeps naming it after the user picks another", async () => {
    const { session } = await openOn("mn-pom-lot-2021");
    const detected = format(vi.insert.levelAuto, { level: vi.levels.mn });
    expect(autoOption()).toHaveTextContent(detected);

    const user = userEvent.setup();
    await user.selectOptions(levelSelect(), vi.levels.th);
    expect(session.getState().analysis?.plans[0]?.metadata.level).toBe("th");
    expect(screen.getByRole("heading", { name: vi.levels.th })).toBeInTheDocument();
    expect(autoOption()).toHaveTextContent(detected);

    await user.selectOptions(levelSelect(), detected);
    expect(session.getState().analysis?.plans[0]?.metadata.level).toBe("mn");
    expect(screen.getByRole("heading", { name: vi.levels.mn })).toBeInTheDocument();
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
