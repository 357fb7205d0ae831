import { RULE_CATALOGUE } from "../../core";
import type { LocalizedText } from "../../core/model/localized";

const TITLES = new Map(RULE_CATALOGUE.map((entry) => [entry.id, entry.title]));

/** The name of a kind of finding, for group headings: the rule's short title. */
export function describeRule(ruleId: string): LocalizedText | undefined {
  return TITLES.get(ruleId);
}
