import { readdirSync } from "fs";
import path from "path";
import type { Rule } from "../../../src/core/rules/types";
import { ALL_RULES, RULE_CATALOGUE, runRules } from "../../../src/core/rules";
import { completeRow, onePlanTable } from "./support/plan-builder";

const SEVERITIES = ["error", "warning", "tip"];
const RULES_DIR = path.resolve(__dirname, "../../../src/core/rules");
/** Files in src/core/rules that are not rules. */
const NOT_RULES = new Set(["index.ts", "types.ts", "catalogue.ts"]);

describe("the rule registry", () => {
  it("gives every rule a unique kebab-case id, a severity and descriptions in both languages", () => {
    const ids = ALL_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.description.vi.trim()).not.toBe("");
      expect(rule.description.en.trim()).not.toBe("");
      // A title names the kind in a few words, for the pane's group headings.
      for (const title of [rule.title.vi, rule.title.en]) {
        expect(title.trim()).not.toBe("");
        expect(title.length).toBeLessThanOrEqual(40);
      }
    }
  });

  it("has a test file for every rule, named after its id", () => {
    const tests = new Set(readdirSync(__dirname));
    const missing = ALL_RULES.map((rule) => `${rule.id}.test.ts`).filter(
      (file) => !tests.has(file)
    );
    expect(missing).toEqual([]);
  });

  it("registers every rule module, each named after its rule's id", () => {
    const modules = readdirSync(RULES_DIR)
      .filter((file) => file.endsWith(".ts") && !NOT_RULES.has(file))
      .map((file) => file.replace(/\.ts$/, ""))
      .sort();
    expect(modules).toEqual(ALL_RULES.map((rule) => rule.id).sort());
  });

  it("lists every rule in the catalogue, in order", () => {
    expect(RULE_CATALOGUE).toEqual(
      ALL_RULES.map(({ id, severity, title, description }) => ({
        id,
        severity,
        title,
        description,
      }))
    );
  });
});

describe("runRules", () => {
  const built = onePlanTable([
    completeRow({ owner: "" }),
    completeRow({ number: "2", deadline: "Cả năm" }),
  ]);

  it("survives a rule that throws: it contributes nothing, the others still run", () => {
    const throwing: Rule = {
      id: "throws",
      severity: "error",
      title: { vi: "Luôn lỗi", en: "Always throws" },
      description: { vi: "Luôn lỗi", en: "Always throws" },
      check() {
        throw new Error("bug in a rule");
      },
    };
    const findings = runRules(built.context, [throwing, ...ALL_RULES]);
    expect(findings).toEqual(runRules(built.context));
    expect(findings.map((finding) => finding.ruleId)).toEqual(
      expect.arrayContaining(["missing-owner", "vague-deadline"])
    );
  });

  it("is deterministic and reports in rule order", () => {
    const first = runRules(built.context);
    expect(runRules(built.context)).toEqual(first);
    const order = ALL_RULES.map((rule) => rule.id);
    const positions = first.map((finding) => order.indexOf(finding.ruleId));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it("finds nothing to say about a complete, well-formed plan", () => {
    const clean = onePlanTable([completeRow(), completeRow({ number: "2" })], {
      planNumber: { text: "12/KH-MN", blank: false },
      date: { day: 15, month: 9, year: 2025 },
    });
    expect(runRules(clean.context)).toEqual([]);
  });
});
