/**
 * analyze() on synthetic plans of 50, 500 and 5000 action rows (`npm run bench`): the median of
 * repeated runs after a warm-up, for recognition alone and for the whole analysis (rules included).
 * Target: under 20 ms for 500 rows — analyze runs on every pause in typing.
 */
import { analyze } from "../src/core/analyze/analyze";
import { recognizePlans } from "../src/core/recognize";
import { syntheticPlan, type SyntheticLayout } from "../src/core/testing/synthetic-plan";

const SIZES = [50, 500, 5000];
const LAYOUTS: SyntheticLayout[] = ["preschool-2021", "primary-2022", "per-standard-2025", "tt57"];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function measure(task: () => unknown, runs: number): number {
  for (let warmUp = 0; warmUp < Math.min(runs, 5); warmUp++) task();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function run(): void {
  for (const layout of LAYOUTS) {
    for (const size of SIZES) {
      const document = syntheticPlan({ actionRows: size, layout, seed: size });
      const runs = size >= 5000 ? 7 : size >= 500 ? 25 : 60;
      const recognition = measure(() => recognizePlans(document), runs);
      const whole = measure(() => analyze(document), runs);
      console.log(
        `${layout.padEnd(18)} ${String(size).padStart(5)} rows: recognise ${recognition.toFixed(2).padStart(8)} ms, analyze ${whole.toFixed(2).padStart(8)} ms (median of ${runs})`
      );
    }
  }
}
