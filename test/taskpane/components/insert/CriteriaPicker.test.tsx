import * as React from "react";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { CriteriaPicker } from "../../../../src/taskpane/components/insert/CriteriaPicker";
import { filterCriteria } from "../../../../src/taskpane/components/insert/criteria-filter";
import { LocaleProvider } from "../../../../src/taskpane/i18n/StringsContext";
import { getCatalog } from "../../../../src/core/catalog";

const tt19 = getCatalog("tt19-mn");

function Harness({ onChange }: { onChange(codes: string[]): void }) {
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  return (
    <FluentProvider theme={webLightTheme}>
      <LocaleProvider language="vi">
        <CriteriaPicker
          catalog={tt19}
          selected={selected}
          onChange={(next) => {
            setSelected(next);
            onChange([...next].sort());
          }}
        />
      </LocaleProvider>
    </FluentProvider>
  );
}

describe("filterCriteria", () => {
  it("matches by code prefix", () => {
    const groups = filterCriteria(tt19, "2.");
    expect(groups.map((g) => g.standard.code)).toEqual(["2"]);
    expect(groups[0]?.criteria.map((c) => c.code)).toEqual(["2.1", "2.2", "2.3"]);
  });

  it("matches words with or without accents, in any order", () => {
    for (const query of ["nhân viên", "nhan vien", "NHÂN VIÊN", "viên nhân"]) {
      const codes = filterCriteria(tt19, query).flatMap((g) => g.criteria.map((c) => c.code));
      expect(codes).toContain("2.3");
      expect(codes).not.toContain("3.1");
    }
  });

  it("keeps every criterion for an empty query", () => {
    expect(filterCriteria(tt19, "  ").flatMap((g) => g.criteria)).toHaveLength(25);
  });
});

describe("CriteriaPicker", () => {
  it("selects single criteria and whole standards, and clears", async () => {
    const changes: string[][] = [];
    render(<Harness onChange={(codes) => changes.push(codes)} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("checkbox", { name: /^2\.3\. Đối với nhân viên/ }));
    await user.click(screen.getByRole("checkbox", { name: /^Tiêu chuẩn 4:/ }));
    expect(changes.at(-1)).toEqual(["2.3", "4.1", "4.2"]);
    expect(screen.getByText("Đã chọn 3 tiêu chí")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Bỏ chọn" }));
    expect(changes.at(-1)).toEqual([]);
  });

  it("filters as the user types", async () => {
    render(<Harness onChange={() => undefined} />);
    await userEvent.setup().type(screen.getByRole("searchbox"), "bep an");
    expect(screen.queryByRole("checkbox", { name: /3\.4\./ })).toBeNull();
    await userEvent.setup().clear(screen.getByRole("searchbox"));
    await userEvent.setup().type(screen.getByRole("searchbox"), "to chuc an");
    expect(
      screen.getByRole("checkbox", { name: /3\.4\. Khối phòng tổ chức ăn/ })
    ).toBeInTheDocument();
  });
});
