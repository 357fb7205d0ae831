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
  /** Added to each sync; with 1 ms, a sync waits for a timer, as Word's answers come as events. */
  syncLatencyMs?: number;
}

const scope = globalThis as unknown as {
  kdclBenchDocument?: BenchDocument;
  kdclBenchFakeSetupMs?: number;
  kdclFake?: FakeWord;
  /** When each `Word.run` batch started and ended (ms since navigation start). */
  kdclBenchBatches?: { start: number; end: number }[];
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
  syncLatencyMs: input.syncLatencyMs ?? 0,
});
scope.kdclFake = fake;
const batches: { start: number; end: number }[] = [];
scope.kdclBenchBatches = batches;
scope.Word = {
  run: async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const entry = { start: performance.now(), end: 0 };
    batches.push(entry);
    try {
      return await fake.word.run(batch);
    } finally {
      entry.end = performance.now();
    }
  },
};
scope.Office = {
  context: { ...fake.office.context, displayLanguage: "vi-VN" },
  EventType: fake.office.EventType,
  AsyncResultStatus: fake.office.AsyncResultStatus,
  HostType: { Word: "Word" },
  onReady: () => Promise.resolve({ host: "Word", platform: "OfficeOnline" }),
};
scope.kdclBenchFakeSetupMs = performance.now() - started;
