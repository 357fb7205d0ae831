import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { PanelTabs } from "../../../src/taskpane/components/PanelTabs";

type Id = "check" | "insert" | "report";

function Tabs() {
  const [selected, setSelected] = React.useState<Id>("check");
  return (
    <FluentProvider theme={webLightTheme}>
      <PanelTabs<Id>
        tabs={[
          { id: "check", label: "Kiểm tra" },
          { id: "insert", label: "Chèn" },
          { id: "report", label: "Báo cáo" },
        ]}
        selected={selected}
        onSelect={setSelected}
        label="Chức năng"
      />
    </FluentProvider>
  );
}

const tab = (name: string) => screen.getByRole("tab", { name });

describe("PanelTabs", () => {
  it("is a tab list with one tab in the Tab order, the chosen one", () => {
    render(<Tabs />);
    expect(screen.getByRole("tablist", { name: "Chức năng" })).toBeInTheDocument();
    expect(tab("Kiểm tra")).toHaveAttribute("aria-selected", "true");
    expect(tab("Kiểm tra")).toHaveAttribute("tabindex", "0");
    expect(tab("Chèn")).toHaveAttribute("aria-selected", "false");
    expect(tab("Chèn")).toHaveAttribute("tabindex", "-1");
    expect(tab("Báo cáo")).toHaveAttribute("aria-controls", "panel-report");
  });

  it("moves focus with the arrow keys, Home and End, and opens a tab with Enter or Space", async () => {
    const user = userEvent.setup();
    render(<Tabs />);
    await user.tab();
    expect(tab("Kiểm tra")).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(tab("Chèn")).toHaveFocus();
    expect(tab("Kiểm tra")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Enter}");
    expect(tab("Chèn")).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(tab("Báo cáo")).toHaveFocus();
    await user.keyboard("{Home}");
    expect(tab("Kiểm tra")).toHaveFocus();
    await user.keyboard("{End} ");
    expect(tab("Báo cáo")).toHaveAttribute("aria-selected", "true");
    expect(tab("Báo cáo")).toHaveAttribute("tabindex", "0");
  });

  it("opens a tab on click", async () => {
    render(<Tabs />);
    await userEvent.setup().click(tab("Báo cáo"));
    expect(tab("Báo cáo")).toHaveAttribute("aria-selected", "true");
  });
});
