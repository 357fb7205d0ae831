/**
 * The header words of shared/reference/plans.md ("Column roles and the header words that name
 * them"), read from the file so the templates are checked against the reference, not a copy of it.
 */
import type { TemplateRole } from "../../../../src/core/templates";
import { readShared } from "../../catalog/shared-files";

const ROLE_LABELS: Readonly<Record<string, readonly TemplateRole[]>> = {
  number: ["number"],
  standard: ["standard"],
  criterion: ["criterion"],
  "current state / weakness": ["weakness"],
  target: ["target"],
  action: ["action"],
  owner: ["owner"],
  deadline: ["deadline"],
  monitor: ["monitor"],
  "report time": ["reportTime"],
  "cost / resources": ["cost", "support"],
  evidence: ["evidence"],
  "note / status": ["note", "status"],
};

export interface VocabularyEntry {
  roles: readonly TemplateRole[];
  words: string[];
}

/** "Tiêu chí; combined "Tiêu chuẩn, tiêu chí"" → ["Tiêu chí", "Tiêu chuẩn, tiêu chí"] */
function wordsOf(cell: string): string[] {
  const quoted: string[] = [];
  const rest = cell
    .replace(/"([^"]+)"/g, (_match, text: string) => {
      quoted.push(text);
      return "";
    })
    .replace(/\([^)]*\)/g, "")
    .replace(/\bcombined\b/g, "");
  const listed = rest
    .split(/[,;]/)
    .map((word) => word.trim())
    .filter((word) => word.length > 0);
  return [...listed, ...quoted];
}

export function readPlansVocabulary(): VocabularyEntry[] {
  const text = readShared("reference/plans.md");
  const start = text.indexOf("### Column roles");
  if (start < 0) throw new Error("plans.md has no column-role table");
  const entries: VocabularyEntry[] = [];
  for (const line of text.slice(start).split("\n").slice(1)) {
    if (line.trim() === "" && entries.length > 0) break;
    const cells = line.split("|").map((cell) => cell.trim());
    if (cells.length < 4) continue;
    const label = (cells[1] ?? "").replace(/\*/g, "");
    const roles = ROLE_LABELS[label];
    if (!roles) continue;
    entries.push({ roles, words: wordsOf(cells[2] ?? "") });
  }
  return entries;
}
