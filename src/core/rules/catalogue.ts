/** The list of checks for the UI's rules page and the docs: id, severity, what it checks. */
import type { Severity } from "../model/finding";
import type { LocalizedText } from "../model/localized";
import type { Rule } from "./types";

export interface RuleCatalogueEntry {
  id: string;
  severity: Severity;
  title: LocalizedText;
  description: LocalizedText;
}

export function ruleCatalogue(rules: readonly Rule[]): RuleCatalogueEntry[] {
  return rules.map(({ id, severity, title, description }) => ({
    id,
    severity,
    title,
    description,
  }));
}
