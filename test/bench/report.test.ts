/**
 * The committed benchmark results and BENCHMARKS.md come from the same run: the document is what
 * the generator writes for the results, and the results have every figure the issue asks for.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { benchmarksMarkdown, ordered } from "../../bench/support/report";
import type { Results } from "../../bench/support/results";

const root = path.resolve(__dirname, "../..");
const results = JSON.parse(readFileSync(path.join(root, "bench/results.json"), "utf8")) as Results;

describe("bench/results.json and BENCHMARKS.md", () => {
  it("has the issue's figures, in its order, as numbers", () => {
    expect(Object.keys(results).slice(0, 6)).toEqual([
      "syncs",
      "analyzeMs",
      "ooxmlReadMs",
      "liveCheckMs",
      "bundleGzipBytes",
      "firstRenderMs",
    ]);
    expect(Object.keys(results.syncs)).toEqual([
      "read",
      "insertTable",
      "insertRows",
      "appendix",
      "select",
    ]);
    expect(Object.keys(results.analyzeMs)).toEqual(["50", "500", "5000"]);
    expect(Object.keys(results.ooxmlReadMs)).toEqual(["300"]);
    expect(Object.keys(results.liveCheckMs)).toEqual(["20", "300"]);
    expect(Object.keys(results.bundleGzipBytes)).toEqual(["taskpane", "standalone"]);
    const figures = [
      ...Object.values(results.syncs),
      ...Object.values(results.analyzeMs),
      ...Object.values(results.ooxmlReadMs),
      ...Object.values(results.liveCheckMs),
      ...Object.values(results.bundleGzipBytes),
      results.firstRenderMs,
    ];
    for (const figure of figures) expect(figure).toBeGreaterThan(0);
  });

  it("keeps the results in the order the generator writes them", () => {
    expect(JSON.stringify(ordered(results))).toBe(JSON.stringify(results));
  });

  it("is the document the generator writes for the committed results", () => {
    const written = readFileSync(path.join(root, "BENCHMARKS.md"), "utf8");
    expect(written).toBe(benchmarksMarkdown(results));
  });
});
