/**
 * The Word host over the strict fake Word, holding a synthetic plan: what the sync and live-check
 * benchmarks drive. The plan can lack a criterion, so inserting its rows has something to do.
 */
import type { DocumentModel, TableBlock } from "../../src/core/model/document";
import { syntheticPlan } from "../../src/core/testing/synthetic-plan";
import { WordHost, type OfficeGlobals } from "../../src/hosts/word";
import { FakeWord } from "../../src/hosts/word/fake";
import { documentXmlOf } from "./model-xml";

/** The plan table of a preschool synthetic plan (Quốc hiệu table first, signature last). */
export const PLAN_TABLE = 1;

/** The model without the action rows of one criterion (its merged criterion cell and rows). */
export function withoutCriterion(model: DocumentModel, code: string): DocumentModel {
  const blocks = model.blocks.map((block) => {
    if (block.kind !== "table" || block.tableIndex !== PLAN_TABLE) return block;
    let dropping = false;
    const rows = block.rows.filter((row) => {
      const criterion = row.cells[1];
      if (criterion?.verticalMerge === "restart") {
        dropping = criterion.text.startsWith(`Tiêu chí ${code}:`);
      } else if (criterion?.verticalMerge !== "continue") {
        dropping = false;
      }
      return !dropping;
    });
    const table: TableBlock = { ...block, rows };
    return table;
  });
  return { blocks };
}

export interface WordPlan {
  fake: FakeWord;
  host: WordHost;
}

export function wordPlan(options: {
  actionRows: number;
  latencyMs: number;
  missingCriterion?: string;
}): WordPlan {
  let model = syntheticPlan({ actionRows: options.actionRows, seed: options.actionRows });
  if (options.missingCriterion) model = withoutCriterion(model, options.missingCriterion);
  const fake = new FakeWord({
    documentXml: documentXmlOf(model),
    apiVersion: "1.6",
    syncLatencyMs: options.latencyMs,
  });
  // The fake implements the members the host uses, not all of Office's typings.
  const globals = { Word: fake.word, Office: fake.office } as unknown as OfficeGlobals;
  return { fake, host: new WordHost({ globals }) };
}
