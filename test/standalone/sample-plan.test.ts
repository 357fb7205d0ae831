/**
 * The sample plan the page opens by default: committed as assets/ke-hoach-mau-mam-non.docx, made by
 * scripts/make-sample-plan.mjs. It must be what the script makes today, and show exactly the slips
 * it was written with.
 */
import { analyze } from "../../src/core";
import { openDocx } from "../../src/hosts/docx";
import { samplePlanParts } from "../../scripts/sample-plan/package-parts";
import { zipEntries } from "../support/docx-package";
import { sampleBytes } from "./support/files";

describe("the standalone page's sample plan", () => {
  it("is what scripts/make-sample-plan.mjs makes (run it after changing scripts/sample-plan/)", async () => {
    const committed = await zipEntries(sampleBytes());
    const decoded = new Map(
      [...committed].map(([name, bytes]) => [name, new TextDecoder().decode(bytes)])
    );
    expect(decoded).toEqual(samplePlanParts());
  });

  it("is a preschool plan for 2025-2026 with one plan table, and exactly its planted problems", async () => {
    const host = await openDocx(sampleBytes(), "ke-hoach-mau-mam-non.docx");
    const result = analyze(await host.readDocument(), {});
    const plan = result.plans[0];
    expect(plan?.metadata.level).toBe("mn");
    expect(plan?.metadata.schoolYear).toMatchObject({ startYear: 2025, endYear: 2026 });
    expect(plan?.tables.map((table) => table.tableIndex)).toEqual([1]);
    const found = result.findings.map(
      (finding) => `${finding.ruleId}@${finding.criterion ?? finding.location.rowIndex}`
    );
    expect(found.sort()).toEqual(
      [
        "missing-owner@2.2",
        "vague-deadline@1.8",
        "vague-deadline@5.4",
        "criterion-title-misspelled@3.2",
        "deadline-outside-school-year@4.1",
        "missing-monitor@3.2",
        "missing-monitor@3.5",
      ].sort()
    );
  });
});
