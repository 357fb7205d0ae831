/**
 * Reading a 300-row synthetic plan's Office Open XML into the model: the main document part of a
 * .docx (the .docx host, the CLI, the standalone page) and the flat OPC package Word's
 * `body.getOoxml()` returns (the Word host, here as the fake Word builds it). Medians after a
 * warm-up.
 */
import { syntheticPlan } from "../src/core/testing/synthetic-plan";
import { FakeWord } from "../src/hosts/word/fake";
import { readDocumentXml, readFlatOpc } from "../src/ooxml";
import { measure, rounded } from "./support/measure";
import { documentXmlOf } from "./support/model-xml";
import type { Results } from "./support/results";

const SIZES = [300];
const RUNS = 31;

/** The flat OPC package the fake Word returns for the body, as the host receives it. */
async function flatOpcOf(documentXml: string): Promise<string> {
  const fake = new FakeWord({ documentXml });
  return fake.word.run(async (context) => {
    const ooxml = context.document.body.getOoxml();
    await context.sync();
    // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult is filled by sync(), not load()
    return ooxml.value;
  });
}

export async function run(): Promise<Partial<Results>> {
  const ooxmlReadMs: Record<string, number> = {};
  const details: NonNullable<Results["details"]["ooxmlRead"]> = [];
  for (const rows of SIZES) {
    const documentXml = documentXmlOf(syntheticPlan({ actionRows: rows, seed: rows }));
    const flatOpc = await flatOpcOf(documentXml);
    const docx = measure(() => readDocumentXml(documentXml), RUNS);
    const word = measure(() => readFlatOpc(flatOpc), RUNS);
    ooxmlReadMs[rows] = rounded(docx);
    details.push(
      {
        input: "document.xml",
        rows,
        bytes: Buffer.byteLength(documentXml),
        ms: rounded(docx),
        runs: RUNS,
      },
      {
        input: "getOoxml() flat OPC",
        rows,
        bytes: Buffer.byteLength(flatOpc),
        ms: rounded(word),
        runs: RUNS,
      }
    );
    console.log(
      `${rows} rows: document.xml (${Buffer.byteLength(documentXml)} B) ${docx.toFixed(2)} ms, flat OPC (${Buffer.byteLength(flatOpc)} B) ${word.toFixed(2)} ms (median of ${RUNS})`
    );
  }
  return { ooxmlReadMs, details: { ooxmlRead: details } };
}
