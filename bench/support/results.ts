/** What `npm run bench` writes to bench/results.json: the figures the issue asks for, and details. */
import type { Machine } from "./machine";

export interface SyncCounts {
  read: number;
  insertTable: number;
  insertRows: number;
  appendix: number;
  select: number;
}

export interface PageLoad {
  /** JS and CSS fetched until the first findings show (gzip bytes, level 9). */
  firstRenderGzip: number;
  firstRenderFiles: { file: string; raw: number; gzip: number }[];
  /** What each later action fetches, by action. */
  onDemand: { action: string; files: { file: string; raw: number; gzip: number }[] }[];
}

export interface Results {
  syncs: SyncCounts;
  analyzeMs: Record<string, number>;
  ooxmlReadMs: Record<string, number>;
  liveCheckMs: Record<string, number>;
  bundleGzipBytes: { taskpane: number; standalone: number };
  firstRenderMs: number;
  machine: Machine;
  details: {
    syncs?: { action: string; syncs: number; msAt50MsPerSync: number }[];
    analyze?: {
      layout: string;
      rows: number;
      recogniseMs: number;
      analyzeMs: number;
      runs: number;
    }[];
    ooxmlRead?: { input: string; rows: number; bytes: number; ms: number; runs: number }[];
    liveCheck?: {
      rows: number;
      runs: number;
      medianMs: number;
      minMs: number;
      maxMs: number;
      readMs: number;
      analyzeMs: number;
    }[];
    pages?: Record<string, PageLoad>;
    firstRender?: {
      definition: string;
      runs: number;
      shellMs: number;
      findingsMs: number;
      minMs: number;
      maxMs: number;
      /** When the first reading's batch started and ended. */
      readStartMs: number;
      readEndMs: number;
      /** The fake Word's own setup in the page (it stands in for Office.js), included above. */
      fakeWordSetupMs: number;
      /** The same page with 50 ms added to every sync (about Word on the web). */
      at50MsPerSync: { shellMs: number; findingsMs: number };
    };
  };
}
