import type { DocumentEdit } from "../../../src/core/edits/edit";
import { applyEditsToDocumentXml, OoxmlWriteError, readDocumentXml } from "../../../src/ooxml";
import { documentXml, p, tbl, tc } from "../documents";
import { childNamed, sliceOf, wordElements } from "./helpers";

function setParagraphText(blockIndex: number, expectedText: string, text: string): DocumentEdit {
  return { kind: "setParagraphText", blockIndex, expectedText, text };
}

const ATTACHMENT =
  `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:bookmarkStart w:id="0" w:name="kem"/>` +
  `<w:r><w:rPr><w:i/><w:sz w:val="26"/></w:rPr><w:t xml:space="preserve">(Kèm theo Báo cáo số 9/KH-MNPL, </w:t></w:r>` +
  `<w:r><w:rPr><w:b/></w:rPr><w:t>ngày 27 tháng 10 năm 2021)</w:t></w:r><w:bookmarkEnd w:id="0"/></w:p>`;
const SOURCE = documentXml(
  p("PHỤ LỤC 2") + ATTACHMENT + tbl(`<w:tr>${tc(p("TT"))}</w:tr>`) + p("HIỆU TRƯỞNG")
);
const WRITTEN = "(Kèm theo Báo cáo số 9/KH-MNPL, ngày 27 tháng 10 năm 2021)";
const CORRECTED = "(Kèm theo Kế hoạch số 97/KH-MNPL, ngày 27 tháng 10 năm 2021)";

describe("setting a paragraph's text", () => {
  it("writes the text in one run like the first, keeping the paragraph's properties and bookmarks", () => {
    const xml = applyEditsToDocumentXml(SOURCE, [setParagraphText(1, WRITTEN, CORRECTED)]);
    const blocks = readDocumentXml(xml).model.blocks;
    expect(blocks.map((block) => (block.kind === "paragraph" ? block.text : "table"))).toEqual([
      "PHỤ LỤC 2",
      CORRECTED,
      "table",
      "HIỆU TRƯỞNG",
    ]);
    const paragraph = wordElements(xml, "p")[1]!;
    expect(sliceOf(xml, childNamed(paragraph, "pPr")!)).toBe(
      `<w:pPr><w:jc w:val="center"/></w:pPr>`
    );
    const runs = wordElements(paragraph, "r");
    expect(runs).toHaveLength(1);
    expect(sliceOf(xml, childNamed(runs[0]!, "rPr")!)).toBe(
      `<w:rPr><w:i/><w:sz w:val="26"/></w:rPr>`
    );
    expect(wordElements(paragraph, "bookmarkStart")).toHaveLength(1);
    expect(wordElements(paragraph, "bookmarkEnd")).toHaveLength(1);
    // Everything else as it was.
    const before = SOURCE.indexOf(ATTACHMENT);
    expect(xml.slice(0, before)).toBe(SOURCE.slice(0, before));
    expect(xml.endsWith(SOURCE.slice(before + ATTACHMENT.length))).toBe(true);
  });

  it("refuses a paragraph whose text changed, a table and a missing block, writing nothing", () => {
    const refusal = (edit: DocumentEdit) => {
      try {
        applyEditsToDocumentXml(SOURCE, [edit]);
      } catch (error) {
        return error instanceof OoxmlWriteError ? error.code : String(error);
      }
      return "applied";
    };
    expect(refusal(setParagraphText(1, "(Kèm theo …)", CORRECTED))).toBe("stale");
    expect(refusal(setParagraphText(2, "TT", "x"))).toBe("not-found");
    expect(refusal(setParagraphText(9, "", "x"))).toBe("not-found");
  });
});
