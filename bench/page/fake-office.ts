/**
 * Stands in for Office.js in the production task pane page, for the page benchmark: the strict
 * fake Word holding the document the benchmark put in `window.kdclBenchDocument`, with the parts
 * of `Office` the page uses (`onReady`, `HostType`, the context). Served in place of Microsoft's
 * CDN script, so the page runs exactly as built, inside "Word". Never shipped.
 */
import { FakeWord } from "../../src/hosts/word/fake";

interface BenchDocument {
  documentXml: string;
  stylesXml?: string;
}

const scope = globalThis as unknown as {
  kdclBenchDocument?: BenchDocument;
  kdclBenchFakeSetupMs?: number;
  kdclFake?: FakeWord;
  Office?: unknown;
  Word?: unknown;
};

const started = performance.now();
const input = scope.kdclBenchDocument;
if (!input) throw new Error("fake Office: no kdclBenchDocument");
const fake = new FakeWord({
  documentXml: input.documentXml,
  stylesXml: input.stylesXml,
  apiVersion: "1.6",
});
scope.kdclFake = fake;
scope.Word = fake.word;
scope.Office = {
  context: { ...fake.office.context, displayLanguage: "vi-VN" },
  EventType: fake.office.EventType,
  AsyncResultStatus: fake.office.AsyncResultStatus,
  HostType: { Word: "Word" },
  onReady: () => Promise.resolve({ host: "Word", platform: "OfficeOnline" }),
};
scope.kdclBenchFakeSetupMs = performance.now() - started;
