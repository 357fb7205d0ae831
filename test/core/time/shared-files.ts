/** Reads files from `../shared` beside the repository (tests run under Node; src/core never does this). */
import { readFileSync } from "fs";
import path from "path";

export const SHARED_DIR = path.resolve(__dirname, "../../../../shared");

export function readShared(relativePath: string): string {
  return readFileSync(path.join(SHARED_DIR, relativePath), "utf8");
}

export function readSourceText(name: string): string {
  return readShared(`fixtures/source-texts/${name}.txt`);
}
