/**
 * Readable validation problems for our data files (catalogs, templates, vocabulary). zod/mini ships
 * no message locale — loading one would weigh on the task pane — so the useful details of each issue
 * (unknown keys, expected type, limits) are spelled out here.
 */
import type { core } from "zod/mini";

type Issue = core.$ZodIssue;

function detail(issue: Issue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "unrecognized_keys":
      return `unrecognized key(s): ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_small":
      return `too small: minimum ${String(issue.minimum)}`;
    case "too_big":
      return `too big: maximum ${String(issue.maximum)}`;
    case "invalid_format":
      return `invalid format (${issue.format})`;
    default:
      return issue.code ?? "invalid";
  }
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`
    )
    .join("");
}

export function describeIssues(issues: readonly Issue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length > 0 ? ` (at ${pathText(issue.path)})` : "";
      return `✖ ${detail(issue)}${where}`;
    })
    .join("\n");
}
