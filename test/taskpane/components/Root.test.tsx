import * as React from "react";
import { render, screen } from "@testing-library/react";
import { Root } from "../../../src/taskpane/components/Root";
import { loadStrings, stringsFor } from "../../../src/taskpane/i18n/strings";

describe("task pane shell", () => {
  // index.tsx loads the language before the first render.
  beforeAll(() => loadStrings("en"));

  it("renders in Vietnamese by default and says when it is outside Word", () => {
    render(<Root environment={{ kind: "outside-word", language: "vi", theme: "light" }} />);
    const vi = stringsFor("vi");
    expect(screen.getByRole("heading", { name: vi.appName })).toBeInTheDocument();
    expect(screen.getByText(vi.status.notInWordTitle)).toBeInTheDocument();
  });

  it("renders in English when Word's language is English", () => {
    render(<Root environment={{ kind: "outside-word", language: "en", theme: "dark" }} />);
    expect(screen.getByRole("heading", { name: stringsFor("en").appName })).toBeInTheDocument();
  });

  it("explains when Office.js could not be loaded", () => {
    render(<Root environment={{ kind: "office-missing", language: "vi", theme: "light" }} />);
    expect(screen.getByText(stringsFor("vi").status.officeMissingTitle)).toBeInTheDocument();
  });

  it("asks to update Word when WordApi 1.3 is missing", () => {
    render(
      <Root
        environment={{
          kind: "word",
          language: "vi",
          theme: "light",
          wordApi13: false,
          wordApi16: false,
        }}
      />
    );
    expect(screen.getByText(stringsFor("vi").status.oldWordTitle)).toBeInTheDocument();
  });
});
