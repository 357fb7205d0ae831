/** Medians of repeated runs: the figure every benchmark reports. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** The median time of `runs` runs of a synchronous task, after a few warm-up runs (ms). */
export function measure(task: () => unknown, runs: number): number {
  for (let warmUp = 0; warmUp < Math.min(runs, 5); warmUp++) task();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Rounded to a tenth (ms) or a hundredth below 10 ms: what the tables print. */
export function rounded(ms: number): number {
  return ms < 10 ? Math.round(ms * 100) / 100 : Math.round(ms * 10) / 10;
}
