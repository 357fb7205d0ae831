/**
 * The rules over the fixture plans, as a district reviewer would read them: what is reported,
 * where, and that every fix targets the cell's current text.
 */
import type { Finding } from "../../../src/core/model/finding";
import { runRules } from "../../../src/core/rules";
import { documentCell } from "../../../src/core/rules/support/document-cells";
import { fixturePlan } from "./support/fixtures";
import type { BuiltPlan } from "./support/plan-builder";

function countByRule(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const finding of findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  return counts;
}

function expectFixesTargetCurrentText(built: BuiltPlan, findings: Finding[]): void {
  for (const finding of findings) {
    if (!finding.fix) continue;
    const { fix } = finding;
    const block =
      fix.kind === "replaceParagraphText" ? built.document.blocks[fix.blockIndex] : undefined;
    const current =
      fix.kind === "replaceCellText"
        ? documentCell(built.document, fix.cell)?.text
        : block?.kind === "paragraph"
          ? block.text
          : undefined;
    expect(current).toBe(fix.expectedText);
    expect(finding.fix.newText).not.toBe(finding.fix.expectedText);
  }
}

describe("rules over the fixture plans", () => {
  it("mn-liem-hai-2025", () => {
    const built = fixturePlan("mn-liem-hai-2025");
    const findings = runRules(built.context);
    expect(countByRule(findings)).toEqual({
      "missing-plan-number": 1,
      "standard-title-truncated": 1,
      "missing-criterion": 1,
      "missing-monitor": 1,
      // Six "Cả năm" and one "Theo đợt", each with months to write instead.
      "vague-deadline": 7,
      // "-6/2026-5/2027" runs into the next school year.
      "deadline-outside-school-year": 1,
      // "10/2025" and "9/2025 – 3/2026" had passed when the plan was signed on 06/4/2026.
      "deadline-before-plan-date": 2,
    });
    expect(findings.filter((f) => f.ruleId === "vague-deadline").every((f) => f.fix)).toBe(true);
    expectFixesTargetCurrentText(built, findings);
  });

  it("mn-pom-lot-2021", () => {
    const built = fixturePlan("mn-pom-lot-2021");
    const findings = runRules(built.context);
    expect(countByRule(findings)).toEqual({
      "open-ended-deadline": 2,
      "deadline-without-year": 1,
    });
    expect(findings.map((f) => f.criterion)).toEqual(["2.3", "3.2", "2.3"]);
    expectFixesTargetCurrentText(built, findings);
  });
});
