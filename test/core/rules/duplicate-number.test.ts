import { duplicateNumber } from "../../../src/core/rules/duplicate-number";
import { analyze } from "../../../src/core/analyze/analyze";
import { continued, doc, restart, table } from "../support/document-builder";
import { fixturePlan } from "./support/fixtures";
import {
  buildPlan,
  cellAt,
  completeRow,
  onePlanTable,
  standardGroup,
} from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

const STANDARD_2 = "Cán bộ quản lý, giáo viên, nhân viên";
const STANDARD_3 = "Cơ sở vật chất và thiết bị dạy học";

describe("duplicate-number", () => {
  it("reports an action number used twice, at the number cell", () => {
    const built = onePlanTable([
      completeRow({ number: "1" }),
      completeRow({ number: "2" }),
      completeRow({ number: "2" }),
    ]);
    const findings = check(duplicateNumber, built);
    expectWellFormed(duplicateNumber, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "duplicate-number",
        severity: "warning",
        location: cellAt(0, 3, "number"),
        criterion: "2.3",
        text: "2",
      },
    ]);
  });

  it("reports a standard group number used twice, on the group row", () => {
    const built = onePlanTable([
      standardGroup("2", STANDARD_2, "1"),
      standardGroup("3", STANDARD_3, "1"),
    ]);
    expect(essentials(check(duplicateNumber, built))).toEqual([
      {
        ruleId: "duplicate-number",
        severity: "warning",
        location: { tableIndex: 0, rowIndex: 2, column: "number" },
        text: "1",
      },
    ]);
  });

  it("counts group rows and action rows separately (mn-pom-lot-2021: “1 · Tiêu chuẩn 2” then “1 · Tiêu chí 2.3”)", () => {
    expect(check(duplicateNumber, fixturePlan("mn-pom-lot-2021"))).toEqual([]);
  });

  it("accepts action numbers starting again at 1 under each standard or in each table", () => {
    const restartUnderGroups = onePlanTable([
      standardGroup("2", STANDARD_2, "I"),
      completeRow({ number: "1" }),
      completeRow({ number: "2" }),
      standardGroup("3", STANDARD_3, "II"),
      completeRow({ number: "1" }),
    ]);
    const restartPerTable = buildPlan({
      schoolYear: 2025,
      tables: [
        { columns: ["number", "action"], rows: [completeRow({ number: "1" })] },
        { columns: ["number", "action"], rows: [completeRow({ number: "1" })] },
      ],
    });
    expect(check(duplicateNumber, restartUnderGroups)).toEqual([]);
    expect(check(duplicateNumber, restartPerTable)).toEqual([]);
  });
});

describe("duplicate-number with a TT cell merged down over several actions", () => {
  it("counts the number once, where the merge starts", () => {
    const header = ["TT", "Tiêu chí", "Giải pháp", "Người thực hiện", "Thời gian"];
    const document = doc(
      table([
        header,
        [restart("1"), restart("Tiêu chí 2.2"), "Dự giờ", "Tổ CM", "10/2025"],
        [continued(), continued(), "Thao giảng", "PHT", "11/2025"],
        ["2", "Tiêu chí 2.3", "Bồi dưỡng", "HT", "12/2025"],
      ])
    );
    const findings = analyze(document).findings.map((finding) => finding.ruleId);
    expect(findings).not.toContain("duplicate-number");
    expect(findings).not.toContain("number-out-of-order");
  });
});
