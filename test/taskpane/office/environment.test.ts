import {
  detectEnvironment,
  luminance,
  themeFromBackground,
} from "../../../src/taskpane/office/environment";

type FakeOfficeOptions = {
  host: string | null;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  supported?: string[];
};

function fakeOffice({
  host,
  displayLanguage,
  bodyBackgroundColor,
  supported = [],
}: FakeOfficeOptions) {
  return {
    HostType: { Word: "Word", Excel: "Excel" },
    onReady: () => Promise.resolve({ host, platform: null }),
    context: {
      displayLanguage,
      officeTheme: bodyBackgroundColor ? { bodyBackgroundColor } : undefined,
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === "WordApi" && supported.includes(version),
      },
    },
  } as unknown as typeof Office;
}

describe("detectEnvironment", () => {
  it("reports Office.js missing, in the browser's language", async () => {
    expect(await detectEnvironment({ navigator: { language: "en-US" } })).toEqual({
      kind: "office-missing",
      language: "en",
      theme: "light",
    });
  });

  it("reports a page opened outside Word", async () => {
    const environment = await detectEnvironment({
      Office: fakeOffice({ host: null }),
      navigator: { language: "vi-VN" },
    });
    expect(environment).toEqual({ kind: "outside-word", language: "vi", theme: "light" });
  });

  it("reports another Office host as outside Word", async () => {
    const environment = await detectEnvironment({ Office: fakeOffice({ host: "Excel" }) });
    expect(environment.kind).toBe("outside-word");
  });

  it("reads Word's language, theme and API support", async () => {
    const environment = await detectEnvironment({
      Office: fakeOffice({
        host: "Word",
        displayLanguage: "en-US",
        bodyBackgroundColor: "#262626",
        supported: ["1.1", "1.2", "1.3"],
      }),
    });
    expect(environment).toEqual({
      kind: "word",
      language: "en",
      theme: "dark",
      wordApi13: true,
      wordApi16: false,
    });
  });

  it("falls back to the browser's language where Word gives none (Word on the web)", async () => {
    const environment = await detectEnvironment({
      Office: fakeOffice({ host: "Word", supported: ["1.3", "1.6"] }),
      navigator: { language: "en-GB" },
    });
    expect(environment).toMatchObject({ kind: "word", language: "en", wordApi16: true });
  });
});

describe("theme from the Office background colour", () => {
  it("computes luminance of hex colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBeUndefined();
  });

  it.each([
    ["#FFFFFF", "light"],
    ["#E6E6E6", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    [undefined, "light"],
  ])("%p → %p", (color, theme) => {
    expect(themeFromBackground(color)).toBe(theme);
  });
});
