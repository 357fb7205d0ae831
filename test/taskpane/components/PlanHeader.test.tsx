import * as React from "react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PlanHeader } from "../../../src/taskpane/components/PlanHeader";
import { LocaleProvider } from "../../../src/taskpane/i18n/StringsContext";
import { SessionProvider } from "../../../src/taskpane/session/SessionContext";
import { PlanSession, type Analyzer } from "../../../src/taskpane/session/plan-session";
import { openDocx } from "../../../src/hosts/docx";
import { analyze } from "../../../src/core";
import { format, stringsFor } from "../../../src/taskpane/i18n/strings";

const vi = stringsFor("vi");
const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.resolve(__dirname, `../../../../shared/fixtures/${name}.docx`)));

async function renderOn(name: string, analyzer: Analyzer = analyze) {
  const host = await openDocx(fixture(name), `${name}.docx`);
  const session = new PlanSession({ host, analyze: analyzer });
  render(
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <SessionProvider value={session}>
          <PlanHeader />
        </SessionProvider>
      </LocaleProvider>
    </FluentProvider>
  );
  await act(() => session.check());
  return session;
}

describe("PlanHeader", () => {
  it.each([
    // Fixture, school year, action rows, complete rows: as the plans' own text says them.
    ["mn-pom-lot-2021", "2021-2022", 2, 2],
    ["mn-liem-hai-2025", "2025-2026", 12, 0],
  ])(
    "shows what %s's plan is: level, school year, rows, completeness",
    async (name, year, rows, complete) => {
      await renderOn(name);
      expect(screen.getByRole("heading", { name: vi.levels.mn })).toBeInTheDocument();
      expect(screen.getByText(format(vi.header.schoolYear, { year }))).toBeInTheDocument();
      expect(screen.getByText(format(vi.header.rows, { n: rows }))).toBeInTheDocument();
      const bar = screen.getByRole("progressbar", { name: vi.header.completeness });
      expect(bar).toHaveAttribute("aria-valuenow", String(Math.round((complete / rows) * 100)));
      expect(bar).toHaveAttribute("aria-valuetext", `${complete}/${rows} dòng đầy đủ`);
      expect(screen.getByText(`${complete}/${rows} dòng đầy đủ`)).toBeInTheDocument();
    }
  );

  it("says when no plan table was found, and shows no plan facts", async () => {
    const session = await renderOn("mn-19-8-tap-huan-2022");
    const why = session.getState().analysis?.summary.message?.vi;
    expect(why).toBeTruthy();
    expect(screen.getByRole("group")).toHaveTextContent(why ?? "");
    expect(screen.queryByRole("heading")).toBeNull();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("does not present the default level as recognised", async () => {
    // The fixture's plan as if neither a circular nor the school's name said its level.
    const levelNotNamed: Analyzer = (document, options) => {
      const result = analyze(document, options);
      for (const plan of result.plans) plan.metadata.levelSource = "default";
      return result;
    };
    await renderOn("mn-pom-lot-2021", levelNotNamed);
    expect(
      screen.getByRole("heading", {
        name: format(vi.header.levelAssumed, { level: vi.levels.mn }),
      })
    ).toBeInTheDocument();
  });
});
