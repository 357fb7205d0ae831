/** Guards before writing a file: never over the input by accident, never over another file unasked. */
import { stat } from "node:fs/promises";
import path from "node:path";

async function identity(filePath: string): Promise<string | undefined> {
  try {
    const info = await stat(filePath, { bigint: true });
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Whether two paths name the same file: the same path once resolved, or the same file reached
 * another way (a symbolic or hard link, a different letter case on a case-insensitive disk).
 */
export async function isSameFile(first: string, second: string): Promise<boolean> {
  if (path.resolve(first) === path.resolve(second)) return true;
  const [a, b] = await Promise.all([identity(first), identity(second)]);
  return a !== undefined && a === b;
}

export async function exists(filePath: string): Promise<boolean> {
  try {
    await stat(filePath);
    return true;
  } catch {
    return false;
  }
}
