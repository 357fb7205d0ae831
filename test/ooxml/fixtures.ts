import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";

/** The shared fixture documents (written by LibreOffice), outside the repository. */
export const FIXTURES_DIRECTORY = join(__dirname, "..", "..", "..", "shared", "fixtures");

export const FIXTURE_NAMES = [
  "mn-pom-lot-2021",
  "mn-liem-hai-2025",
  "mn-19-8-tap-huan-2022",
] as const;
export type FixtureName = (typeof FIXTURE_NAMES)[number];

/** Unzips a fixture's XML parts (path → text), as a host would before calling `readDocxParts`. */
export async function fixtureParts(name: FixtureName): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES_DIRECTORY, `${name}.docx`)));
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(file.name))
      parts.set(file.name, await file.async("string"));
  }
  return parts;
}

export function fixtureSourceText(name: FixtureName): string {
  return readFileSync(join(FIXTURES_DIRECTORY, "source-texts", `${name}.txt`), "utf8");
}
