import { criterionWrongStandard } from "../../../src/core/rules/criterion-wrong-standard";
import {
  cellAt,
  completeRow,
  levelGroup,
  onePlanTable,
  standardGroup,
} from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

const KHOI_PHONG = "Tiêu chí 3.2: Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập";

describe("criterion-wrong-standard", () => {
  it("reports criterion 3.2 under Tiêu chuẩn 2", () => {
    const built = onePlanTable([
      levelGroup("MỨC 1, 2, 3"),
      standardGroup("2", "Cán bộ quản lý, giáo viên, nhân viên", "1"),
      completeRow({ criterion: KHOI_PHONG }),
    ]);
    const findings = check(criterionWrongStandard, built);
    expectWellFormed(criterionWrongStandard, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "criterion-wrong-standard",
        severity: "error",
        location: cellAt(0, 3, "criterion"),
        criterion: "3.2",
        text: "3.2",
      },
    ]);
  });

  it("accepts a criterion under its own standard, or in a plan without standards", () => {
    const underOwn = onePlanTable([
      standardGroup("3", "Cơ sở vật chất và thiết bị dạy học", "2"),
      completeRow({ criterion: KHOI_PHONG }),
    ]);
    const noStandard = onePlanTable([completeRow({ criterion: KHOI_PHONG })]);
    expect(check(criterionWrongStandard, underOwn)).toEqual([]);
    expect(check(criterionWrongStandard, noStandard)).toEqual([]);
  });

  it("leaves unknown criteria and unknown standards to their own rules", () => {
    const built = onePlanTable([
      standardGroup("2", "Cán bộ quản lý, giáo viên, nhân viên", "1"),
      completeRow({ criterion: "3.9" }),
      standardGroup("7", "Không có", "2"),
      completeRow({ criterion: KHOI_PHONG }),
    ]);
    expect(check(criterionWrongStandard, built)).toEqual([]);
  });
});
