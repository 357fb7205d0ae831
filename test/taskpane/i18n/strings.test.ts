import { languageFromLocale, loadStrings, stringsFor } from "../../../src/taskpane/i18n/strings";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key)
  );
}

describe("UI language", () => {
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["EN", "en"],
    ["vi-VN", "vi"],
    ["fr-FR", "vi"],
    ["", "vi"],
    [undefined, "vi"],
    [null, "vi"],
  ])("locale %p → %p", (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });

  it("is Vietnamese until English is loaded", async () => {
    expect(stringsFor("en")).toBe(stringsFor("vi"));
    const en = await loadStrings("en");
    expect(en.appName).not.toBe(stringsFor("vi").appName);
    expect(stringsFor("en")).toBe(en);
  });

  it("has the same keys, all non-empty, in both languages", async () => {
    const vi = stringsFor("vi");
    const en = await loadStrings("en");
    expect(keyPaths(en).sort()).toEqual(keyPaths(vi).sort());
    for (const strings of [vi, en]) {
      for (const path of keyPaths(strings)) {
        const text = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], strings);
        expect(typeof text === "string" && text.trim().length > 0).toBe(true);
      }
    }
  });
});
