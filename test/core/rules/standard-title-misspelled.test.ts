import { standardTitleMisspelled } from "../../../src/core/rules/standard-title-misspelled";
import { buildPlan, completeRow, onePlanTable, standardGroup } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("standard-title-misspelled", () => {
  it("fixes a group row's title typed without accents", () => {
    const built = onePlanTable([
      standardGroup("4", "Quan he giua nha truong, gia dinh va xa hoi", "1"),
      completeRow(),
    ]);
    const findings = check(standardTitleMisspelled, built);
    expectWellFormed(standardTitleMisspelled, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "standard-title-misspelled",
        severity: "warning",
        location: {
          tableIndex: 0,
          rowIndex: 1,
          column: "criterion",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
        },
        text: "Quan he giua nha truong, gia dinh va xa hoi",
        fix: {
          kind: "replaceCellText",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
          expectedText: "Tiêu chuẩn 4: Quan he giua nha truong, gia dinh va xa hoi",
          newText: "Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội",
          label: expect.any(Object),
        },
      },
    ]);
  });

  it("reports a misspelled heading on its paragraph, fixed there", () => {
    const built = buildPlan({
      schoolYear: 2025,
      tables: [
        {
          columns: ["weakness", "action", "deadline", "owner"],
          heading: { code: "2", title: "Cán bộ quản lý, giáo viên, nhân viên y tế" },
          rows: [completeRow()],
        },
      ],
    });
    const findings = check(standardTitleMisspelled, built);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "standard-title-misspelled",
        severity: "warning",
        location: { blockIndex: 1 },
        text: "Cán bộ quản lý, giáo viên, nhân viên y tế",
        fix: {
          kind: "replaceParagraphText",
          blockIndex: 1,
          expectedText: "2. Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên y tế",
          newText: "2. Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên",
          label: { vi: "Ghi đúng tên theo thông tư", en: "Use the official title" },
        },
      },
    ]);
  });

  it("does not report exact or truncated titles, nor another standard's title", () => {
    const built = onePlanTable([
      standardGroup("2", "Cán bộ quản lý, giáo viên, nhân viên", "1"),
      standardGroup("3", "Cơ sở vật chất và thiết bị", "2"),
      standardGroup("4", "Cơ sở vật chất và thiết bị dạy học", "3"),
    ]);
    expect(check(standardTitleMisspelled, built)).toEqual([]);
  });
});
