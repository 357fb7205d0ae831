import { readFileSync } from "fs";
import JSZip from "jszip";
import { join } from "path";
import { readDocxParts } from "../../../../src/ooxml";
import { FakeWord, type FakeWordOptions } from "../../../../src/hosts/word/fake";

/** The shared fixture plans, beside the repository. */
const FIXTURES = join(__dirname, "..", "..", "..", "..", "..", "shared", "fixtures");

export type FixtureName = "mn-pom-lot-2021" | "mn-liem-hai-2025" | "mn-19-8-tap-huan-2022";

export interface Fixture {
  documentXml: string;
  stylesXml: string | undefined;
  /** Every XML part, as `readDocxParts` takes them. */
  parts: Map<string, string>;
}

const cache = new Map<FixtureName, Promise<Fixture>>();

export function loadFixture(name: FixtureName): Promise<Fixture> {
  let loading = cache.get(name);
  if (!loading) {
    loading = unzip(name);
    cache.set(name, loading);
  }
  return loading;
}

async function unzip(name: FixtureName): Promise<Fixture> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, `${name}.docx`)));
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(file.name))
      parts.set(file.name, await file.async("string"));
  }
  const documentXml = parts.get("word/document.xml");
  if (documentXml === undefined) throw new Error(`${name} has no word/document.xml`);
  return { documentXml, stylesXml: parts.get("word/styles.xml"), parts };
}

/** The fixture's model read straight from the .docx, for comparison. */
export async function directModel(name: FixtureName) {
  return readDocxParts((await loadFixture(name)).parts).model;
}

export async function fakeWordWith(
  name: FixtureName,
  options: Omit<FakeWordOptions, "documentXml" | "stylesXml"> = {}
): Promise<FakeWord> {
  const fixture = await loadFixture(name);
  return new FakeWord({
    documentXml: fixture.documentXml,
    stylesXml: fixture.stylesXml,
    ...options,
  });
}
