/**
 * analyze() on synthetic plans of 50, 500 and 5000 action rows: the median of repeated runs after
 * a warm-up, for recognition alone and for the whole analysis (rules included), in each layout.
 * The figure per size is the slowest layout's median. Target: under 20 ms for 500 rows —
 * analyze runs on every pause in typing.
 */
import { analyze } from "../src/core/analyze/analyze";
import { recognizePlans } from "../src/core/recognize";
import { syntheticPlan, type SyntheticLayout } from "../src/core/testing/synthetic-plan";
import { measure, rounded } from "./support/measure";
import type { Results } from "./support/results";

const SIZES = [50, 500, 5000];
const LAYOUTS: SyntheticLayout[] = ["preschool-2021", "primary-2022", "per-standard-2025", "tt57"];

export function run(): Partial<Results> {
  const analyzeMs: Record<string, number> = {};
  const details: NonNullable<Results["details"]["analyze"]> = [];
  for (const size of SIZES) {
    for (const layout of LAYOUTS) {
      const document = syntheticPlan({ actionRows: size, layout, seed: size });
      const runs = size >= 5000 ? 9 : size >= 500 ? 31 : 61;
      const recognition = measure(() => recognizePlans(document), runs);
      const whole = measure(() => analyze(document), runs);
      details.push({
        layout,
        rows: size,
        recogniseMs: rounded(recognition),
        analyzeMs: rounded(whole),
        runs,
      });
      analyzeMs[size] = Math.max(analyzeMs[size] ?? 0, rounded(whole));
      console.log(
        `${layout.padEnd(18)} ${String(size).padStart(5)} rows: recognise ${recognition.toFixed(2).padStart(8)} ms, analyze ${whole.toFixed(2).padStart(8)} ms (median of ${runs})`
      );
    }
  }
  return { analyzeMs, details: { analyze: details } };
}
