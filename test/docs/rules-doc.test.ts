/**
 * docs/rules.md lists every check, from the rule catalogue itself. This test fails when the page
 * and the rules disagree; `UPDATE_DOCS=1 npx jest test/docs` rewrites the page.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RULE_CATALOGUE } from "../../src/core";

const PAGE = path.resolve(__dirname, "../../docs/rules.md");

const SEVERITY = {
  error: "Lỗi / error",
  warning: "Cảnh báo / warning",
  tip: "Gợi ý / tip",
} as const;

function renderPage(): string {
  const lines = [
    "# Các quy tắc kiểm tra — The checks",
    "",
    "Sinh tự động từ `RULE_CATALOGUE` (src/core/rules); đừng sửa tay. Generated from the rule",
    "catalogue; do not edit by hand (`UPDATE_DOCS=1 npx jest test/docs`).",
    "",
    "| Mã / id | Mức / severity | Tên | Kiểm tra gì | What it checks |",
    "|---|---|---|---|---|",
  ];
  for (const rule of RULE_CATALOGUE) {
    const cell = (text: string) => text.replace(/\|/g, "\\|");
    lines.push(
      `| \`${rule.id}\` | ${SEVERITY[rule.severity]} | ${cell(rule.title.vi)} | ${cell(rule.description.vi)} | ${cell(rule.description.en)} |`
    );
  }
  return `${lines.join("\n")}\n`;
}

it("docs/rules.md lists every rule as the catalogue has it", () => {
  const expected = renderPage();
  if (process.env.UPDATE_DOCS === "1") writeFileSync(PAGE, expected);
  expect(readFileSync(PAGE, "utf8")).toBe(expected);
});
