/** One file of a `check` run: open it, analyse it, keep what the report needs (not the model). */
import { analyze, type AnalyzeOptions, type AnalyzeResult } from "../../core";
import type { Language } from "../../core/model/localized";
import type { CliStrings } from "../i18n/strings";
import { findingJson, unreadableJson, type FileResultJson } from "./json-report";
import { openInput } from "../open-input";

export interface CheckedFile {
  readonly json: FileResultJson;
  /** For people: why no plan was found, in the run's language. */
  readonly noPlanMessage?: string;
}

/**
 * A document is expected to hold one plan; should it hold several, the first one's heading is
 * reported and rows are counted across all of them, as the findings are.
 */
function planFacts(file: string, analysis: AnalyzeResult, language: Language): CheckedFile {
  const findings = analysis.findings.map((finding) => findingJson(finding, language));
  const plan = analysis.plans[0];
  if (!plan) {
    return {
      json: {
        file,
        ok: true,
        level: null,
        schoolYear: null,
        planNumber: null,
        rows: 0,
        complete: 0,
        findings,
      },
      ...(analysis.summary.message ? { noPlanMessage: analysis.summary.message[language] } : {}),
    };
  }
  const { schoolYear, planNumber, level } = plan.metadata;
  const summaries = analysis.summary.plans;
  const rows = summaries.reduce((sum, summary) => sum + summary.actionRows, 0);
  const complete = summaries.reduce((sum, summary) => sum + summary.completeRows, 0);
  return {
    json: {
      file,
      ok: true,
      level,
      schoolYear: schoolYear ? `${schoolYear.startYear}-${schoolYear.endYear}` : null,
      planNumber: planNumber && !planNumber.blank ? planNumber.text : null,
      rows,
      complete,
      findings,
    },
  };
}

export async function inspectFile(
  file: string,
  options: AnalyzeOptions,
  language: Language,
  strings: CliStrings
): Promise<CheckedFile> {
  const opened = await openInput(file, language, strings);
  if (!opened.ok) return { json: unreadableJson(file, opened.message) };
  try {
    const document = await opened.host.readDocument();
    return planFacts(file, analyze(document, options), language);
  } catch (error) {
    // A bug of ours on one school's file must not cost the district the other 299 reports.
    return { json: unreadableJson(file, strings.check.unexpected(file, String(error))) };
  }
}
