import { documentXmlOf } from "../../bench/support/model-xml";
import type { DocumentModel } from "../../src/core/model/document";
import { syntheticPlan, type SyntheticLayout } from "../../src/core/testing/synthetic-plan";
import { readDocumentXml } from "../../src/ooxml";

const LAYOUTS: SyntheticLayout[] = ["preschool-2021", "primary-2022", "per-standard-2025", "tt57"];

/** The reader calls a paragraph without visible text not bold; the synthetic plans may not. */
function asRead(model: DocumentModel): DocumentModel {
  return JSON.parse(JSON.stringify(model), (_key, value: unknown) => {
    if (typeof value !== "object" || value === null || !("bold" in value)) return value;
    const paragraph = value as { text: string; bold: boolean };
    return { ...paragraph, bold: paragraph.bold && paragraph.text.trim() !== "" };
  }) as DocumentModel;
}

describe("synthetic plans as document.xml (benchmark input)", () => {
  it.each(LAYOUTS)("reads a %s plan back as the same model", (layout) => {
    const model = syntheticPlan({ actionRows: 40, layout, seed: 7 });
    expect(readDocumentXml(documentXmlOf(model)).model).toEqual(asRead(model));
  });
});
