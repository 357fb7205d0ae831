import { missingMonitor } from "../../../src/core/rules/missing-monitor";
import { fixturePlan } from "./support/fixtures";
import { buildPlan, cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

const NO_MONITOR_COLUMN = ["weakness", "action", "deadline", "owner", "evidence"] as const;

describe("missing-monitor", () => {
  it("reports each row with an empty cell when the table has a monitor column", () => {
    const built = onePlanTable([completeRow({ monitor: "" }), completeRow({ number: "2" })]);
    const findings = check(missingMonitor, built);
    expectWellFormed(missingMonitor, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "missing-monitor",
        severity: "warning",
        location: cellAt(0, 1, "monitor"),
        criterion: "2.3",
      },
    ]);
  });

  it("reports once for the plan when no table has the column and no monitor is named", () => {
    const built = onePlanTable([completeRow(), completeRow()], { columns: [...NO_MONITOR_COLUMN] });
    expect(essentials(check(missingMonitor, built))).toEqual([
      { ruleId: "missing-monitor", severity: "warning", location: {} },
    ]);
  });

  it("is satisfied by a monitor named for the whole plan when the table has no monitor column", () => {
    const withoutColumn = onePlanTable([completeRow()], {
      columns: [...NO_MONITOR_COLUMN],
      monitorAssignment: "Tổ Giám sát kế hoạch cải tiến chất lượng",
    });
    expect(check(missingMonitor, withoutColumn)).toEqual([]);
  });

  it("still reports empty cells of a monitor column the table has, whoever the plan names", () => {
    const withEmptyCells = onePlanTable([completeRow({ monitor: "" })], {
      monitorAssignment: "Ban Thanh tra nhân dân giám sát việc thực hiện kế hoạch",
    });
    expect(check(missingMonitor, withEmptyCells).map((finding) => finding.ruleId)).toEqual([
      "missing-monitor",
    ]);
  });

  it("reports the table without the column when another table has it", () => {
    const built = buildPlan({
      schoolYear: 2025,
      tables: [
        { columns: ["action", "owner", "deadline", "monitor"], rows: [completeRow()] },
        { columns: ["action", "owner", "deadline"], rows: [completeRow()] },
      ],
    });
    expect(essentials(check(missingMonitor, built))).toEqual([
      { ruleId: "missing-monitor", severity: "warning", location: { tableIndex: 1 } },
    ]);
  });

  it("mn-liem-hai-2025: no monitor column and a monitoring section that names nobody", () => {
    const findings = check(missingMonitor, fixturePlan("mn-liem-hai-2025"));
    expect(essentials(findings)).toEqual([
      { ruleId: "missing-monitor", severity: "warning", location: {} },
    ]);
  });

  it("mn-pom-lot-2021: the plan names a monitoring team", () => {
    expect(check(missingMonitor, fixturePlan("mn-pom-lot-2021"))).toEqual([]);
  });
});
