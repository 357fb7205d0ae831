/**
 * UI strings, one JSON file per language. Vietnamese is the default and is in the page; English,
 * used only when Word's (or the browser's) language is English, is fetched then (`loadStrings`),
 * before the first render.
 */
import vi from "./vi.json";
import type { Language } from "../../core/model/localized";

export type Strings = typeof vi;

const loaded = new Map<Language, Strings>([["vi", vi]]);

/** A language's strings, once loaded (see `loadStrings`); Vietnamese until then. */
export function stringsFor(language: Language): Strings {
  return loaded.get(language) ?? vi;
}

/**
 * Loads a language's strings. Should English fail to load (the network), the pane stays in
 * Vietnamese rather than not showing at all.
 */
export async function loadStrings(language: Language): Promise<Strings> {
  if (language === "en" && !loaded.has("en")) {
    try {
      const en: Strings = (await import(/* webpackChunkName: "strings-en" */ "./en.json")).default;
      loaded.set("en", en);
    } catch {
      // Vietnamese it is.
    }
  }
  return stringsFor(language);
}

/** "en-US", "en-GB", "en" → English; anything else (vi-VN, missing, unknown) → Vietnamese. */
export function languageFromLocale(locale: string | undefined | null): Language {
  return typeof locale === "string" && /^en\b/i.test(locale.trim()) ? "en" : "vi";
}

/** Fills "{name}" placeholders: format("{n} dòng", { n: 3 }) → "3 dòng". Unknown names stay visible. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole
  );
}
