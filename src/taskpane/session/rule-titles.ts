import { RULE_CATALOGUE } from "../../core";
import type { LocalizedText } from "../../core/model/localized";

const TITLES = new Map(RULE_CATALOGUE.map((entry) => [entry.id, entry.description]));

/** The name of a kind of finding, for group headings: the rule's description. */
export function describeRule(ruleId: string): LocalizedText | undefined {
  return TITLES.get(ruleId);
}
