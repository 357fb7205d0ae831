/**
 * Where the task pane runs: inside Word (and with which capabilities), in a browser outside Office,
 * or without Office.js at all. Reads the global `Office` only here, so the rest of the UI can be
 * tested with a plain value.
 */
import type { Language } from "../../core/model/localized";
import { languageFromLocale } from "../i18n/strings";

export type ThemeMode = "light" | "dark";

export type Environment =
  | { kind: "word"; language: Language; theme: ThemeMode; wordApi13: boolean; wordApi16: boolean }
  | { kind: "outside-word"; language: Language; theme: ThemeMode }
  | { kind: "office-missing"; language: Language; theme: ThemeMode };

/** How long to wait for Office.onReady before concluding the page is not inside Office. */
const OFFICE_READY_TIMEOUT_MS = 10000;

/** Relative luminance of a "#rrggbb" colour (0 black … 1 white); undefined when not a colour. */
export function luminance(color: string | undefined): number | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(color?.trim() ?? "");
  if (!match || !match[1]) return undefined;
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

export function themeFromBackground(backgroundColor: string | undefined): ThemeMode {
  const value = luminance(backgroundColor);
  return value !== undefined && value < 0.4 ? "dark" : "light";
}

function browserLanguage(navigatorLike: { language?: string } | undefined): Language {
  return languageFromLocale(navigatorLike?.language);
}

function waitForOffice(office: typeof Office): Promise<Office.HostType | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info.host ?? null);
      })
      .catch(() => {
        clearTimeout(timer);
        resolve(null);
      });
  });
}

export async function detectEnvironment(
  globals: { Office?: typeof Office; navigator?: { language?: string } } = globalThis
): Promise<Environment> {
  const office = globals.Office;
  if (!office) {
    return { kind: "office-missing", language: browserLanguage(globals.navigator), theme: "light" };
  }
  const host = await waitForOffice(office);
  // displayLanguage is not available in Word on the web: fall back to the browser's language.
  const context = office.context as Partial<Office.Context> | undefined;
  const language = languageFromLocale(context?.displayLanguage ?? globals.navigator?.language);
  const theme = themeFromBackground(context?.officeTheme?.bodyBackgroundColor);
  if (host !== office.HostType.Word) return { kind: "outside-word", language, theme };
  const requirements = context?.requirements;
  const supports = (version: string) => requirements?.isSetSupported("WordApi", version) ?? false;
  return { kind: "word", language, theme, wordApi13: supports("1.3"), wordApi16: supports("1.6") };
}
