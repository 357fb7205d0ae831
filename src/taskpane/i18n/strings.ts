/**
 * UI strings, one JSON file per language. Vietnamese is the default; English is used only when
 * Word's display language is English.
 */
import vi from "./vi.json";
import en from "./en.json";
import type { Language } from "../../core/model/localized";

export type Strings = typeof vi;

const byLanguage: Record<Language, Strings> = { vi, en };

export function stringsFor(language: Language): Strings {
  return byLanguage[language];
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
