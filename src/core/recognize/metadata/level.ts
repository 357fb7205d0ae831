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
  const framework: Framework =
    options.framework ?? (circular?.framework === "tt57" ? "tt57" : "2018");
  const fromName = schoolName === undefined ? undefined : inferLevelFromSchoolName(schoolName);
  let decided: Pick<PlanMetadata, "level" | "levelSource">;
  if (options.level) decided = { level: options.level, levelSource: "user" };
  else if (circular?.level) decided = { level: circular.level, levelSource: "circular" };
  else if (fromName) decided = { level: fromName, levelSource: "school-name" };
  else decided = { level: options.defaultLevel ?? "mn", levelSource: "default" };
  return { ...decided, framework, catalogId: catalogFor(decided.level, framework).id };
}
