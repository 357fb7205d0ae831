import { numberOutOfOrder } from "../../../src/core/rules/number-out-of-order";
import {
  buildPlan,
  cellAt,
  completeRow,
  onePlanTable,
  standardGroup,
} from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("number-out-of-order", () => {
  it("reports a skipped number as a tip, at the number cell", () => {
    const built = onePlanTable([
      completeRow({ number: "1" }),
      completeRow({ number: "2" }),
      completeRow({ number: "4" }),
      completeRow({ number: "5" }),
    ]);
    const findings = check(numberOutOfOrder, built);
    expectWellFormed(numberOutOfOrder, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "number-out-of-order",
        severity: "tip",
        location: cellAt(0, 3, "number"),
        criterion: "2.3",
        text: "4",
      },
    ]);
  });

  it("reports a number going back, and a sequence not starting at 1", () => {
    const built = onePlanTable([
      completeRow({ number: "2" }),
      completeRow({ number: "3" }),
      completeRow({ number: "1." }),
    ]);
    expect(check(numberOutOfOrder, built).map((f) => f.text)).toEqual(["2", "1."]);
  });

  it("accepts numbering that runs on across standards and tables, Roman group numbers, and unnumbered rows", () => {
    const built = buildPlan({
      schoolYear: 2025,
      tables: [
        {
          columns: ["number", "criterion", "action"],
          rows: [
            standardGroup("2", "Cán bộ quản lý, giáo viên, nhân viên", "I"),
            completeRow({ number: "1" }),
            completeRow({ number: "" }),
            completeRow({ number: "02" }),
            standardGroup("3", "Cơ sở vật chất và thiết bị dạy học", "II."),
            completeRow({ number: "3" }),
          ],
        },
        {
          columns: ["number", "criterion", "action"],
          rows: [completeRow({ number: "4" }), completeRow({ number: "1.1" })],
        },
      ],
    });
    expect(check(numberOutOfOrder, built)).toEqual([]);
  });

  it("does not also report a duplicate as out of order", () => {
    const built = onePlanTable([
      completeRow({ number: "1" }),
      completeRow({ number: "1" }),
      completeRow({ number: "2" }),
    ]);
    expect(check(numberOutOfOrder, built)).toEqual([]);
  });
});
