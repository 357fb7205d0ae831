/**
 * Reading and editing documents in the appendix tests, at the level the docx host works at: the
 * main document part as a string, edits applied with `applyEditsToDocumentXml`, read back with
 * the reader.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import path from "path";
import { analyze, planAppendix } from "../../../../src/core";
import type {
  AnalyzeOptions,
  AnalyzeResult,
  AppendixOptions,
  AppendixResult,
  DocumentEdit,
  DocumentModel,
  TableBlock,
  TableCell,
} from "../../../../src/core";
import { APPENDIX_MARKER } from "../../../../src/core";
import { openDocx } from "../../../../src/hosts/docx";
import { applyEditsToDocumentXml, readDocumentXml } from "../../../../src/ooxml";

export const FIXTURES_DIR = path.resolve(__dirname, "../../../../../shared/fixtures");

export type FixtureName = "mn-pom-lot-2021" | "mn-liem-hai-2025";

export function fixtureBytes(name: FixtureName): Buffer {
  return readFileSync(path.join(FIXTURES_DIR, `${name}.docx`));
}

export async function fixtureDocumentXml(name: FixtureName): Promise<string> {
  const zip = await JSZip.loadAsync(fixtureBytes(name));
  const part = zip.file("word/document.xml");
  if (!part) throw new Error(`${name} has no word/document.xml`);
  return part.async("string");
}

/** The fixture's package with its main document part replaced, as a host would save it. */
export async function fixtureWithDocumentXml(name: FixtureName, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fixtureBytes(name));
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export interface Reading {
  xml: string;
  model: DocumentModel;
  analysis: AnalyzeResult;
}

export function read(xml: string, options: AnalyzeOptions = {}): Reading {
  const model = readDocumentXml(xml).model;
  return { xml, model, analysis: analyze(model, options) };
}

export function apply(xml: string, edits: readonly DocumentEdit[]): string {
  return applyEditsToDocumentXml(xml, edits);
}

export interface AppendixRun {
  before: Reading;
  result: AppendixResult;
  after: Reading;
}

/** Reads, plans the appendix, applies its edits and reads the result back. */
export function runAppendix(
  xml: string,
  options: AppendixOptions = {},
  analyzeOptions: AnalyzeOptions = {}
): AppendixRun {
  const before = read(xml, analyzeOptions);
  const result = planAppendix(before.model, before.analysis, options);
  const after = read(apply(xml, result.edits), analyzeOptions);
  return { before, result, after };
}

export interface HostRun extends AppendixRun {
  /** The saved package. */
  saved: Uint8Array;
}

/**
 * The way the CLI works: open the .docx in the docx host, plan the appendix from its model, apply
 * the edits, save, and reopen the saved bytes.
 */
export async function runThroughDocxHost(
  bytes: Uint8Array,
  fileName: string,
  options: AppendixOptions = {}
): Promise<HostRun> {
  const host = await openDocx(bytes, fileName);
  const model = await host.readDocument();
  const before: Reading = { xml: host.documentXml, model, analysis: analyze(model) };
  const result = planAppendix(model, before.analysis, options);
  const applied = await host.applyEdits(result.edits);
  if (!applied.ok) throw new Error(`edits refused: ${applied.message.en}`);
  const saved = await host.save();
  const reopened = await openDocx(saved, fileName);
  const reopenedModel = await reopened.readDocument();
  const after: Reading = {
    xml: reopened.documentXml,
    model: reopenedModel,
    analysis: analyze(reopenedModel),
  };
  return { before, result, after, saved };
}

/** Each plan table's XML, exactly as the document holds it. */
export function planTableXmls(reading: Reading): string[] {
  const { sourceMap } = readDocumentXml(reading.xml);
  const plan = reading.analysis.plans[0];
  if (!plan) throw new Error("no plan recognised");
  return plan.tables.map((table) => {
    const source = sourceMap.tables[table.tableIndex];
    if (!source) throw new Error(`no source for table ${table.tableIndex}`);
    return reading.xml.slice(source.start, source.end);
  });
}

export function tables(model: DocumentModel): TableBlock[] {
  return model.blocks.filter((block): block is TableBlock => block.kind === "table");
}

/** The appendix table: ours (by its marker), else the one recognition reports. */
export function appendixTable(reading: Reading): TableBlock {
  const all = tables(reading.model);
  const marked = all.find((table) => table.contentControlTag === APPENDIX_MARKER);
  const reported = reading.analysis.appendixTables?.[0]?.tableIndex;
  const table = marked ?? all.find((candidate) => candidate.tableIndex === reported);
  if (!table) throw new Error("no appendix table");
  return table;
}

function cellTexts(cell: TableCell): string[] {
  return [
    cell.text,
    ...cell.nestedTables.flatMap((table) =>
      table.rows.flatMap((row) => row.cells.flatMap(cellTexts))
    ),
  ];
}

/** Every text of the document (paragraphs and cells), one per entry. */
export function documentTexts(model: DocumentModel): string[] {
  return model.blocks.flatMap((block) =>
    block.kind === "paragraph"
      ? [block.text]
      : block.rows.flatMap((row) => row.cells.flatMap(cellTexts))
  );
}

/** How many times `text` occurs in the document's texts. */
export function occurrences(model: DocumentModel, text: string): number {
  let count = 0;
  for (const written of documentTexts(model)) {
    for (let at = written.indexOf(text); at >= 0; at = written.indexOf(text, at + 1)) count++;
  }
  return count;
}
