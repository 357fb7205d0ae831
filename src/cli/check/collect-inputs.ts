/**
 * The files a `check` run reads: each argument as given, folders searched recursively for .docx
 * files in name order, so two runs over the same folder print the same report.
 */
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";

export type InputProblem = "missing" | "empty-directory" | "not-a-file";

export type InputEntry =
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "problem"; readonly path: string; readonly problem: InputProblem };

/** Word's owner files ("~$Kế hoạch.docx") sit beside an open document and are not documents. */
function isSkipped(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

function isDocx(name: string): boolean {
  return /\.docx$/i.test(name);
}

/**
 * By name as a Vietnamese reader sorts (Đ after D, "truong-2" before "truong-10"), then by code
 * points, so that the order is total and the same on every run.
 */
const COLLATOR = new Intl.Collator("vi", { numeric: true });

function byName(a: string, b: string): number {
  const left = a.normalize("NFC");
  const right = b.normalize("NFC");
  return COLLATOR.compare(left, right) || (left < right ? -1 : left > right ? 1 : 0);
}

async function kindOf(entryPath: string): Promise<"file" | "directory" | "other" | "missing"> {
  try {
    const info = await stat(entryPath);
    if (info.isFile()) return "file";
    return info.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

/** The .docx files under `directory`; symbolic links are followed, each folder visited once. */
async function walk(directory: string, visited: Set<string>, found: string[]): Promise<void> {
  let real: string;
  try {
    real = await realpath(directory);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return;
  }
  for (const name of names.filter((entry) => !isSkipped(entry)).sort(byName)) {
    const entryPath = path.join(directory, name);
    const kind = await kindOf(entryPath);
    if (kind === "directory") await walk(entryPath, visited, found);
    else if (kind === "file" && isDocx(name)) found.push(entryPath);
  }
}

/**
 * One entry per file to read, in the order the arguments came; a file met twice (given, and again
 * inside a folder given) is read once. A file named explicitly is read whatever its name: the
 * user asked for it, and a .doc or a lock file then gets a message saying what it is.
 */
export async function collectInputs(inputs: readonly string[]): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  const addFile = (filePath: string) => {
    const key = path.resolve(filePath);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ kind: "file", path: filePath });
  };
  for (const input of inputs) {
    const kind = await kindOf(input);
    if (kind === "file") addFile(input);
    else if (kind === "directory") {
      const found: string[] = [];
      await walk(input, new Set(), found);
      if (found.length === 0)
        entries.push({ kind: "problem", path: input, problem: "empty-directory" });
      found.forEach(addFile);
    } else {
      const problem = kind === "missing" ? "missing" : "not-a-file";
      entries.push({ kind: "problem", path: input, problem });
    }
  }
  return entries;
}
