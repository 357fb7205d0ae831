/** Fixture paths and temporary folders for the command line's end-to-end tests. */
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export const FIXTURES_DIR = path.resolve(__dirname, "../../../../shared/fixtures");

export const POM_LOT = path.join(FIXTURES_DIR, "mn-pom-lot-2021.docx");
export const LIEM_HAI = path.join(FIXTURES_DIR, "mn-liem-hai-2025.docx");
export const TAP_HUAN = path.join(FIXTURES_DIR, "mn-19-8-tap-huan-2022.docx");

export async function temporaryDirectory(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), "kdcl-cli-"));
}

export async function removeDirectory(directory: string): Promise<void> {
  await rm(directory, { recursive: true, force: true });
}

export async function sha256(filePath: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(filePath))
    .digest("hex");
}

/** Every file under `directory` with its hash: proof that a run wrote nothing. */
export async function snapshot(directory: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(directory, full), await sha256(full));
  }
  return files;
}
