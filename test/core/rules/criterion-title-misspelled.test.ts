import { criterionTitleMisspelled } from "../../../src/core/rules/criterion-title-misspelled";
import { fixtureCell, fixtureLine } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("criterion-title-misspelled", () => {
  it("fixes “Khó khăn nhóm trẻ…” (mn-pom-lot-2021's appendix) to the official title of 3.2", () => {
    const criterion = fixtureCell("mn-pom-lot-2021", /^Tiêu chí 3\.2: Khó khăn/);
    const built = onePlanTable([completeRow({ criterion })]);
    const findings = check(criterionTitleMisspelled, built);
    expectWellFormed(criterionTitleMisspelled, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "criterion-title-misspelled",
        severity: "warning",
        location: cellAt(0, 1, "criterion"),
        criterion: "3.2",
        text: criterion.replace(/^Tiêu chí 3\.2:\s*/, ""),
        fix: {
          kind: "replaceCellText",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
          expectedText: criterion,
          newText: "Tiêu chí 3.2: Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập",
          label: expect.any(Object),
        },
      },
    ]);
  });

  it("fixes a title typed from memory (mn-19-8: “tổ trưởng chuyên môn” in 1.4)", () => {
    const criterion = fixtureLine("mn-19-8-tap-huan-2022", /^Tiêu chí 1\.4\./);
    const built = onePlanTable([completeRow({ criterion })]);
    expect(check(criterionTitleMisspelled, built)[0]?.fix?.newText).toBe(
      "Tiêu chí 1.4. Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn và tổ văn phòng"
    );
  });

  it("fixes a title typed without accents, keeping its final full stop", () => {
    const built = onePlanTable([completeRow({ criterion: "Tiêu chí 2.3: Doi voi nhan vien." })]);
    expect(check(criterionTitleMisspelled, built)[0]?.fix?.newText).toBe(
      "Tiêu chí 2.3: Đối với nhân viên."
    );
  });

  it("does not report exact titles (mn-pom-lot-2021's plan table), code-only cells or other criteria's titles", () => {
    const exact = fixtureCell("mn-pom-lot-2021", /^Tiêu chí 3\.2: Khối phòng/);
    const built = onePlanTable([
      completeRow({ criterion: exact }),
      completeRow({ criterion: "1.4" }),
      completeRow({ criterion: "Tiêu chí 2.2: Đối với nhân viên" }),
    ]);
    expect(check(criterionTitleMisspelled, built)).toEqual([]);
  });
});
