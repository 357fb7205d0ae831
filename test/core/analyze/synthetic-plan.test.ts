/** The synthetic plan generator makes plans that recognition reads back whole, in every layout. */
import { analyze } from "../../../src/core";
import { actionRows } from "../../../src/core/model/plan";
import { syntheticPlan, type SyntheticLayout } from "../../../src/core/testing/synthetic-plan";

const LAYOUTS: SyntheticLayout[] = ["preschool-2021", "primary-2022", "per-standard-2025", "tt57"];

describe.each(LAYOUTS)("%s", (layout) => {
  const result = analyze(syntheticPlan({ actionRows: 40, layout, seed: 7 }));
  const plan = result.plans[0];

  it("is read as one plan with every action row", () => {
    expect(result.summary.status).toBe("plan");
    expect(plan && actionRows(plan)).toHaveLength(40);
  });

  it("gives every row its standard, and its criterion where the layout has one", () => {
    const rows = plan ? actionRows(plan) : [];
    expect(rows.every((row) => row.standardCode !== undefined)).toBe(true);
    const expected =
      layout === "per-standard-2025" ? "standard-only" : layout === "tt57" ? "text" : "code-cell";
    expect(new Set(rows.map((row) => row.criterionSource))).toEqual(new Set([expected]));
    if (layout !== "per-standard-2025") {
      expect(rows.every((row) => row.criterionCode?.startsWith(`${row.standardCode}.`))).toBe(true);
    }
  });

  it("reads the metadata and the plan-level monitor", () => {
    expect(plan?.metadata).toMatchObject({
      schoolYear: { startYear: 2025, endYear: 2026 },
      planNumber: { text: "97/KH-MNLH", blank: false },
      place: "Ninh Giang",
      signer: { title: "HIỆU TRƯỞNG", name: "Nguyễn Thị Hiến" },
      monitorAssignment: { text: "Tổ Giám sát kế hoạch cải tiến chất lượng" },
      catalogId: layout === "tt57" ? "tt57-mn" : "tt19-mn",
    });
  });
});

it("is deterministic for a seed", () => {
  expect(syntheticPlan({ actionRows: 20, seed: 3 })).toEqual(
    syntheticPlan({ actionRows: 20, seed: 3 })
  );
});
