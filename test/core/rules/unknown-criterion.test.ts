import { unknownCriterion } from "../../../src/core/rules/unknown-criterion";
import { cellAt, completeRow, onePlanTable, standardGroup } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("unknown-criterion", () => {
  it("reports a mầm non criterion 2.4, which does not exist", () => {
    const built = onePlanTable([completeRow({ criterion: "2.4" })]);
    const findings = check(unknownCriterion, built);
    expectWellFormed(unknownCriterion, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "unknown-criterion",
        severity: "error",
        location: cellAt(0, 1, "criterion"),
        criterion: "2.4",
        text: "2.4",
      },
    ]);
  });

  it("reports 5.5 and 6.1 in a mầm non plan", () => {
    const built = onePlanTable([
      completeRow({ criterion: "Tiêu chí 5.5: Kết quả giáo dục khác" }),
      completeRow({ criterion: "Tiêu chí 6.1" }),
    ]);
    expect(check(unknownCriterion, built).map((f) => f.criterion)).toEqual(["5.5", "6.1"]);
  });

  it("suggests the nearest codes, without a fix, when no title says which was meant", () => {
    const built = onePlanTable([completeRow({ criterion: "2.4" })]);
    const [finding] = check(unknownCriterion, built);
    // Mầm non standard 2 has criteria 2.1–2.3: the nearest codes are named in the message.
    expect(finding?.message.vi).toMatch(/có thể là tiêu chí 2\.\d/);
    expect(finding?.message.en).toMatch(/perhaps criterion 2\.\d/);
    expect(finding?.fix).toBeUndefined();
  });

  it("fixes the code when the written title names a real criterion", () => {
    const text = "Tiêu chí 2.4: Đối với nhân viên";
    const built = onePlanTable([completeRow({ criterion: text })]);
    expect(check(unknownCriterion, built)[0]?.fix).toEqual({
      kind: "replaceCellText",
      cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
      expectedText: text,
      newText: "Tiêu chí 2.3: Đối với nhân viên",
      label: expect.any(Object),
    });
  });

  it("judges codes by the plan's catalog: 2.4 exists for tiểu học", () => {
    const built = onePlanTable([completeRow({ criterion: "Tiêu chí 2.4: Đối với học sinh" })], {
      catalogId: "tt17-th",
    });
    expect(check(unknownCriterion, built)).toEqual([]);
  });

  it("reports a criterion cell merged over several action rows once", () => {
    const built = onePlanTable([
      standardGroup("2", "Cán bộ quản lý, giáo viên, nhân viên", "1"),
      completeRow({ criterion: "2.4" }),
      completeRow({ number: "2" }, { mergedFromAbove: ["criterion"] }),
    ]);
    expect(check(unknownCriterion, built)).toHaveLength(1);
  });
});
