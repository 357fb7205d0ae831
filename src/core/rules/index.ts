/**
 * Every rule, and the one way to run them. Adding a rule: write its module and its test file, and
 * add it to `ALL_RULES` below — nothing else changes.
 */
import type { Finding } from "../model/finding";
import type { Rule, RuleContext } from "./types";
import { ruleCatalogue, type RuleCatalogueEntry } from "./catalogue";
import { criterionCodeTitleConflict } from "./criterion-code-title-conflict";
import { criterionTitleMisspelled } from "./criterion-title-misspelled";
import { criterionTitleTruncated } from "./criterion-title-truncated";
import { criterionWrongStandard } from "./criterion-wrong-standard";
import { deadlineBeforePlanDate } from "./deadline-before-plan-date";
import { deadlineNotUnderstood } from "./deadline-not-understood";
import { deadlineOutsideSchoolYear } from "./deadline-outside-school-year";
import { deadlineWithoutYear } from "./deadline-without-year";
import { duplicateNumber } from "./duplicate-number";
import { endBeforeStart } from "./end-before-start";
import { missingAction } from "./missing-action";
import { missingCriterion } from "./missing-criterion";
import { missingDeadline } from "./missing-deadline";
import { missingMonitor } from "./missing-monitor";
import { missingOwner } from "./missing-owner";
import { missingPlanDate } from "./missing-plan-date";
import { missingPlanNumber } from "./missing-plan-number";
import { missingReportTime } from "./missing-report-time";
import { missingSchoolYear } from "./missing-school-year";
import { missingTarget } from "./missing-target";
import { numberOutOfOrder } from "./number-out-of-order";
import { openEndedDeadline } from "./open-ended-deadline";
import { otherSchoolYearMentioned } from "./other-school-year-mentioned";
import { reportBeforeStart } from "./report-before-start";
import { reportTimeNotUnderstood } from "./report-time-not-understood";
import { reportTimeOutsideSchoolYear } from "./report-time-outside-school-year";
import { shiftedRow } from "./shifted-row";
import { standardCodeTitleConflict } from "./standard-code-title-conflict";
import { standardTitleMisspelled } from "./standard-title-misspelled";
import { standardTitleTruncated } from "./standard-title-truncated";
import { unknownCriterion } from "./unknown-criterion";
import { unknownStandard } from "./unknown-standard";
import { vagueDeadline } from "./vague-deadline";

export type { Rule, RuleContext } from "./types";
export { ruleCatalogue, type RuleCatalogueEntry } from "./catalogue";

/**
 * In the order a reviewer reads a plan: the heading, the standards and criteria, whether each row
 * is complete, its times, then the table's numbering and layout. Findings come out in this order,
 * each rule's in document order.
 */
export const ALL_RULES: readonly Rule[] = [
  missingSchoolYear,
  missingPlanNumber,
  missingPlanDate,
  unknownStandard,
  standardCodeTitleConflict,
  standardTitleMisspelled,
  standardTitleTruncated,
  unknownCriterion,
  criterionWrongStandard,
  criterionCodeTitleConflict,
  criterionTitleMisspelled,
  criterionTitleTruncated,
  missingCriterion,
  missingAction,
  missingTarget,
  missingOwner,
  missingDeadline,
  missingMonitor,
  missingReportTime,
  deadlineNotUnderstood,
  endBeforeStart,
  vagueDeadline,
  openEndedDeadline,
  deadlineWithoutYear,
  deadlineOutsideSchoolYear,
  deadlineBeforePlanDate,
  reportTimeNotUnderstood,
  reportTimeOutsideSchoolYear,
  reportBeforeStart,
  otherSchoolYearMentioned,
  duplicateNumber,
  numberOutOfOrder,
  shiftedRow,
];

/** Every rule's id, severity and description, in `ALL_RULES` order (for the UI and the docs). */
export const RULE_CATALOGUE: readonly RuleCatalogueEntry[] = ruleCatalogue(ALL_RULES);

/**
 * Runs each rule over the context. A rule that throws is a bug in that rule, not in the user's
 * document: it contributes no findings and the others still run.
 */
export function runRules(context: RuleContext, rules: readonly Rule[] = ALL_RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      findings.push(...rule.check(context));
    } catch {
      // Deliberately swallowed: see above.
    }
  }
  return findings;
}
