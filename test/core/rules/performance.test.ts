/** Rules run on every pause in typing: a plan of thousands of rows must stay quick (linear work). */
import { runRules } from "../../../src/core/rules";
import { completeRow, onePlanTable, standardGroup, type RowSpec } from "./support/plan-builder";

/** A plan where most rows have something to report, so every rule does its full work. */
function busyPlan(rows: number) {
  const specs: RowSpec[] = [];
  for (let index = 0; index < rows; index++) {
    if (index % 50 === 0) {
      specs.push(
        standardGroup("2", "Cán bộ quản lý, giáo viên, nhân viên", String(index / 50 + 1))
      );
    }
    specs.push(
      completeRow({
        number: String(index + 1),
        criterion:
          index % 3 === 0 ? "Tiêu chí 3.2: Khó khăn nhóm trẻ" : "Tiêu chí 2.3: Đối với nhân viên",
        deadline: index % 4 === 0 ? "Cả năm" : `${(index % 9) + 1}/2026`,
        action: `Việc số ${index} trong năm học 2024-2025`,
        owner: index % 7 === 0 ? "" : "HT",
      })
    );
  }
  return onePlanTable(specs);
}

/** Best of a few runs: the time the work takes, without a garbage collection that happens to fall in it. */
function fastestRun(built: ReturnType<typeof busyPlan>): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    runRules(built.context);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("rules on a large plan", () => {
  it("check 3000 busy rows quickly, and half as many in about half the time", () => {
    const small = busyPlan(1500);
    const large = busyPlan(3000);
    expect(runRules(large.context).length).toBeGreaterThan(3000);
    const smallTime = fastestRun(small);
    const largeTime = fastestRun(large);
    expect(largeTime).toBeLessThan(2000);
    // Linear, with slack for timer noise: quadratic work would take four times as long.
    expect(largeTime).toBeLessThan(smallTime * 3 + 50);
  });
});
