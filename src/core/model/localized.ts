/** User-facing text in both UI languages. Vietnamese is the product's first language. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type Language = keyof LocalizedText;
