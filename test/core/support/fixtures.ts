/**
 * The shared fixture documents (../shared/fixtures beside the repository), read as a host would:
 * unzip with jszip, then `readDocxParts`. Tests never copy the fixtures' text by hand.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import path from "path";
import type { DocumentModel } from "../../../src/core/model/document";
import { readDocxParts } from "../../../src/ooxml";

export const FIXTURES_DIR = path.resolve(__dirname, "../../../../shared/fixtures");

export type FixtureName = "mn-pom-lot-2021" | "mn-liem-hai-2025" | "mn-19-8-tap-huan-2022";

const cache = new Map<FixtureName, Promise<DocumentModel>>();

async function load(name: FixtureName): Promise<DocumentModel> {
  const zip = await JSZip.loadAsync(readFileSync(path.join(FIXTURES_DIR, `${name}.docx`)));
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(file.name))
      parts.set(file.name, await file.async("string"));
  }
  return readDocxParts(parts).model;
}

/** The fixture's document model (read once per test file). */
export function fixtureDocument(name: FixtureName): Promise<DocumentModel> {
  let loading = cache.get(name);
  if (!loading) {
    loading = load(name);
    cache.set(name, loading);
  }
  return loading;
}

export function fixtureSourceText(name: FixtureName): string {
  return readFileSync(path.join(FIXTURES_DIR, "source-texts", `${name}.txt`), "utf8");
}
