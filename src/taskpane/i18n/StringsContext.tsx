import * as React from "react";
import { stringsFor, type Strings } from "./strings";
import type { Language, LocalizedText } from "../../core/model/localized";

interface LocaleValue {
  language: Language;
  strings: Strings;
}

const LocaleContext = React.createContext<LocaleValue>({
  language: "vi",
  strings: stringsFor("vi"),
});

export function LocaleProvider({
  language,
  children,
}: {
  language: Language;
  children: React.ReactNode;
}) {
  const value = React.useMemo(() => ({ language, strings: stringsFor(language) }), [language]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useStrings(): Strings {
  return React.useContext(LocaleContext).strings;
}

export function useLanguage(): Language {
  return React.useContext(LocaleContext).language;
}

/** Picks the user's language from a core message. */
export function useLocalize(): (text: LocalizedText) => string {
  const language = useLanguage();
  return React.useCallback((text: LocalizedText) => text[language], [language]);
}
