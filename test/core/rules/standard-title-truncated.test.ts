import { standardTitleTruncated } from "../../../src/core/rules/standard-title-truncated";
import { fixturePlan } from "./support/fixtures";
import { completeRow, onePlanTable, standardGroup } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("standard-title-truncated", () => {
  it("mn-liem-hai-2025: “Cơ sở vật chất và thiết bị” in the heading of standard 3, fixed in the paragraph", () => {
    const built = fixturePlan("mn-liem-hai-2025");
    const heading = built.plan.tables.find(
      (table) => table.headingStandard?.code === "3"
    )?.headingStandard;
    const findings = check(standardTitleTruncated, built);
    expectWellFormed(standardTitleTruncated, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "standard-title-truncated",
        severity: "tip",
        location: { blockIndex: heading?.blockIndex },
        text: "Cơ sở vật chất và thiết bị",
        fix: {
          kind: "replaceParagraphText",
          blockIndex: heading?.blockIndex,
          expectedText: "3. Tiêu chuẩn 3: Cơ sở vật chất và thiết bị",
          newText: "3. Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học",
          label: { vi: "Ghi đúng tên theo thông tư", en: "Use the official title" },
        },
      },
    ]);
  });

  it("fixes a group row's truncated title in its cell", () => {
    const built = onePlanTable([
      standardGroup("3", "Cơ sở vật chất và thiết bị", "2"),
      completeRow(),
    ]);
    expect(check(standardTitleTruncated, built)[0]?.fix).toEqual({
      kind: "replaceCellText",
      cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
      expectedText: "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị",
      newText: "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học",
      label: expect.any(Object),
    });
  });

  it("does not report full titles", () => {
    const built = onePlanTable([standardGroup("3", "Cơ sở vật chất và thiết bị dạy học", "2")]);
    expect(check(standardTitleTruncated, built)).toEqual([]);
  });
});
