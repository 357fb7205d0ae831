/**
 * The school level and framework, strongest evidence first: the user's choice; a cited circular
 * ("Thông tư số 19/2018/TT- BGDDĐT" → mầm non); the school's name ("Trường MN …"); the default.
 * The framework is TT57 when the user picks it or the document cites 57/2026, else 2018.
 */
import type { AnalyzeOptions } from "../../analyze/types";
import {
  catalogFor,
  detectCircular,
  inferLevelFromSchoolName,
  type Framework,
} from "../../catalog";
import { isSchoolLevel } from "../../model/level";
import type { PlanMetadata } from "../../model/plan";

export type LevelDecision = Pick<PlanMetadata, "level" | "levelSource" | "catalogId"> & {
  framework: Framework;
};

export function decideLevel(
  text: string,
  schoolName: string | undefined,
  options: AnalyzeOptions
): LevelDecision {
  const circular = detectCircular(text);
  // Options may come from saved settings: a value this version does not know is ignored.
  const chosen =
    options.framework === "2018" || options.framework === "tt57" ? options.framework : undefined;
  const framework: Framework = chosen ?? (circular?.framework === "tt57" ? "tt57" : "2018");
  const fromName = schoolName === undefined ? undefined : inferLevelFromSchoolName(schoolName);
  let decided: Pick<PlanMetadata, "level" | "levelSource">;
  if (isSchoolLevel(options.level)) decided = { level: options.level, levelSource: "user" };
  else if (circular?.level) decided = { level: circular.level, levelSource: "circular" };
  else if (fromName) decided = { level: fromName, levelSource: "school-name" };
  else {
    const level = isSchoolLevel(options.defaultLevel) ? options.defaultLevel : "mn";
    decided = { level, levelSource: "default" };
  }
  return { ...decided, framework, catalogId: catalogFor(decided.level, framework).id };
}
