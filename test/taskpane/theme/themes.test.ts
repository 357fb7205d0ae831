import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { loadTheme, themeFor } from "../../../src/taskpane/theme/themes";

describe("themes", () => {
  it("is light until the dark theme is loaded, then dark for dark mode", async () => {
    expect(themeFor("light")).toBe(webLightTheme);
    expect(themeFor("dark")).toBe(webLightTheme);
    await loadTheme("dark");
    expect(themeFor("dark")).toEqual(webDarkTheme);
    expect(themeFor("light")).toBe(webLightTheme);
  });
});
