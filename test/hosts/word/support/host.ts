import { WordHost, type WordHostOptions } from "../../../../src/hosts/word";
import type { FakeWord } from "../../../../src/hosts/word/fake";
import { readDocxParts } from "../../../../src/ooxml";
import type { DocumentModel } from "../../../../src/core/model/document";
import { loadFixture, type FixtureName } from "./fixtures";

const fakesInUse = new Set<FakeWord>();

// The host turns Word's errors into answers ("not found", false), so a read without a load
// would pass unnoticed in a test that expects a failure: the fake records every such breach,
// and no test may leave one.
afterEach(() => {
  const misuses = [...fakesInUse].flatMap((fake) => fake.misuses);
  fakesInUse.clear();
  expect(misuses).toEqual([]);
});

/** A Word host talking to the fake. */
export function hostOn(fake: FakeWord, options: Omit<WordHostOptions, "globals"> = {}): WordHost {
  fakesInUse.add(fake);
  return new WordHost({ globals: { Word: fake.word, Office: fake.office }, ...options });
}

/** Syncs an action took on the fake. */
export async function syncsOf<T>(
  fake: FakeWord,
  action: () => Promise<T>
): Promise<{ result: T; syncs: number }> {
  const before = fake.syncCount;
  const result = await action();
  return { result, syncs: fake.syncCount - before };
}

/** The fake's document as it is now, read like the .docx (its other parts as in the fixture). */
export async function modelNow(fake: FakeWord, fixture: FixtureName): Promise<DocumentModel> {
  const { parts } = await loadFixture(fixture);
  return readDocxParts(new Map([...parts, ["word/document.xml", fake.documentXml]])).model;
}
