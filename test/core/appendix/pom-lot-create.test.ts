/**
 * The preschool fixture with its own appendix taken out: a new appendix keeps the plan's level
 * group row ("MỨC 1, 2, 3") above its standards, and signs only when the plan names its signer.
 */
import type { TableBlock } from "../../../src/core";
import { appendixTable, fixtureDocumentXml, runAppendix } from "./support/documents";

/** The paragraph holding `text`, as a range of the XML. */
function paragraphAround(xml: string, text: string): { start: number; end: number } {
  const at = xml.indexOf(text);
  if (at < 0) throw new Error(`no "${text}" in the fixture`);
  const start = Math.max(xml.lastIndexOf("<w:p>", at), xml.lastIndexOf("<w:p ", at));
  const end = xml.indexOf("</w:p>", at) + "</w:p>".length;
  return { start, end };
}

/** Everything from the "PHỤ LỤC 2" paragraph to the body's section properties removed. */
function withoutAppendix(xml: string): string {
  const { start } = paragraphAround(xml, "PHỤ LỤC 2");
  return xml.slice(0, start) + xml.slice(xml.lastIndexOf("<w:sectPr"));
}

function withoutParagraph(xml: string, text: string): string {
  const { start, end } = paragraphAround(xml, text);
  return xml.slice(0, start) + xml.slice(end);
}

const rowTexts = (table: TableBlock) => table.rows.map((row) => row.cells.map((c) => c.text));

describe("creating the appendix of mn-pom-lot-2021 (its own appendix taken out)", () => {
  it("keeps the plan's level group row above the standards, across the whole table", async () => {
    const run = runAppendix(withoutAppendix(await fixtureDocumentXml("mn-pom-lot-2021")));
    expect(run.result.outcome).toMatchObject({ kind: "created" });
    const table = appendixTable(run.after);
    const columns = table.rows[0]?.cells.reduce((sum, cell) => sum + cell.gridSpan, 0);
    const body = rowTexts(table).slice(2);
    const levelRow = body.findIndex(([first]) => /^MỨC 1, 2, 3/i.test(first ?? ""));
    const standardRow = body.findIndex(([first]) => /^Tiêu chuẩn \d/.test(first ?? ""));
    expect(levelRow).toBeGreaterThanOrEqual(0);
    expect(levelRow).toBeLessThan(standardRow);
    expect(table.rows[levelRow + 2]?.cells).toHaveLength(1);
    expect(table.rows[levelRow + 2]?.cells[0]?.gridSpan).toBe(columns);
  });

  it("signs with the plan's signer, and not at all when the plan names none", async () => {
    const xml = withoutAppendix(await fixtureDocumentXml("mn-pom-lot-2021"));
    const signed = runAppendix(xml);
    const textsAfter = (run: typeof signed) =>
      run.after.model.blocks
        .slice(appendixTable(run.after).blockIndex + 1)
        .flatMap((block) => (block.kind === "paragraph" && block.text.trim() ? [block.text] : []));
    expect(textsAfter(signed)).toEqual(["HIỆU TRƯỞNG", "Vũ Thị Thanh Huyền"]);

    const unsigned = runAppendix(
      withoutParagraph(withoutParagraph(xml, "Vũ Thị Thanh Huyền"), "HIỆU TRƯỞNG")
    );
    expect(unsigned.before.analysis.plans[0]?.metadata.signer).toBeUndefined();
    expect(unsigned.result.outcome).toMatchObject({ kind: "created" });
    expect(textsAfter(unsigned)).toEqual([]);
  });
});
