/**
 * Every kind of document we write opens in LibreOffice, which renders it to PDF with the text we
 * inserted, on pages of the orientation we asked for.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { DocumentEdit } from "../../../src/core/edits/edit";
import type { FragmentSpec, TableSpec } from "../../../src/core/edits/spec";
import { openDocx } from "../../../src/hosts/docx";
import { W_NAMESPACE, documentXml, p } from "../../ooxml/documents";
import { FIXTURES_DIRECTORY, type FixtureName } from "../../ooxml/fixtures";
import { docxPackage } from "../../support/docx-package";
import {
  isLandscape,
  LIBREOFFICE_TEST_TIMEOUT_MS,
  containsWordsInOrder,
  renderDocument,
} from "../../support/libreoffice";

const cell = (text: string, span?: number) => ({ paragraphs: [[{ text }]], span });

function table(marker: string, title: string): TableSpec {
  return {
    kind: "table",
    marker,
    columnWeights: [1, 5, 3, 2],
    headerRows: [
      {
        kind: "header",
        cells: [cell("TT"), cell("Nội dung cần cải tiến"), cell("Biện pháp"), cell("Thời gian")],
      },
    ],
    bodyRows: [
      { kind: "group", cells: [cell(title, 4)] },
      {
        kind: "data",
        cells: [
          cell("1"),
          cell('Hồ sơ quản lý <chưa đủ> & "thiếu"'),
          cell("Rà soát\nbổ sung"),
          cell("9/2025"),
        ],
      },
    ],
  };
}

function fragment(title: string, landscape: boolean): FragmentSpec {
  return {
    landscape,
    marker: "kdcl-appendix",
    blocks: [
      { kind: "paragraph", runs: [{ text: title, bold: true }], alignment: "center" },
      table("kdcl-appendix-table", `${title}: nhóm`),
    ],
  };
}

const fixture = (name: FixtureName) =>
  new Uint8Array(readFileSync(join(FIXTURES_DIRECTORY, `${name}.docx`)));

async function edited(bytes: Uint8Array, edits: DocumentEdit[]): Promise<Uint8Array> {
  const host = await openDocx(bytes);
  expect(await host.applyEdits(edits)).toMatchObject({ ok: true });
  return host.save();
}

async function expectRendered(bytes: Uint8Array, name: string, texts: string[]) {
  const rendering = await renderDocument(bytes, name);
  for (const inserted of texts) {
    expect({ inserted, found: containsWordsInOrder(rendering.text, inserted) }).toEqual({
      inserted,
      found: true,
    });
  }
  return rendering.pages.map((page) => (isLandscape(page) ? "L" : "P")).join("");
}

const timeout = LIBREOFFICE_TEST_TIMEOUT_MS;

describe("LibreOffice renders what we write", () => {
  it(
    "a portrait fragment with a marked table, in a minimal package",
    async () => {
      const bytes = await edited(await docxPackage(documentXml(p("Kế hoạch"))), [
        { kind: "insertFragment", fragment: fragment("PHỤ LỤC DỌC", false), at: { kind: "end" } },
      ]);
      const pages = await expectRendered(bytes, "doc.docx", [
        "PHỤ LỤC DỌC",
        'Hồ sơ quản lý <chưa đủ> & "thiếu"',
        "Rà soát",
      ]);
      expect(pages).toBe("P");
    },
    timeout
  );

  it(
    "a landscape fragment at the end",
    async () => {
      const bytes = await edited(fixture("mn-19-8-tap-huan-2022"), [
        { kind: "insertFragment", fragment: fragment("PHỤ LỤC NGANG", true), at: { kind: "end" } },
      ]);
      const pages = await expectRendered(bytes, "cuoi.docx", [
        "PHỤ LỤC NGANG",
        "PHỤ LỤC NGANG: nhóm",
      ]);
      expect(pages).toMatch(/^P+L$/);
    },
    timeout
  );

  it(
    "a landscape fragment in the middle, the rest staying portrait",
    async () => {
      const bytes = await edited(fixture("mn-liem-hai-2025"), [
        {
          kind: "insertFragment",
          fragment: fragment("PHỤ LỤC GIỮA", true),
          at: { kind: "afterBlock", blockIndex: 13 },
        },
      ]);
      const pages = await expectRendered(bytes, "giua.docx", ["PHỤ LỤC GIỮA", "Biện pháp"]);
      expect(pages).toMatch(/^P+L+P+$/);
    },
    timeout
  );

  it(
    "rows, a replaced table and a cell's new text in a school's own tables",
    async () => {
      const bytes = await edited(fixture("mn-liem-hai-2025"), [
        {
          kind: "insertRows",
          tableIndex: 1,
          afterRowIndex: 1,
          rows: [
            {
              kind: "data",
              cells: ["Dòng chèn thêm", "Bồi dưỡng", "11/2025", "PHT", "Biên bản"].map((t) =>
                cell(t)
              ),
            },
          ],
        },
        { kind: "replaceTable", tableIndex: 2, table: table("kdcl-plan", "Bảng thay thế") },
        {
          kind: "setCellText",
          cell: { tableIndex: 0, rowIndex: 2, cellIndex: 2 },
          expectedText: "Cả năm",
          text: "Từ 9/2025 đến 5/2026",
        },
      ]);
      const pages = await expectRendered(bytes, "bang.docx", [
        "Dòng chèn thêm",
        "Bảng thay thế",
        "Từ 9/2025 đến 5/2026",
      ]);
      expect(pages).toMatch(/^P+$/);
    },
    timeout
  );

  it(
    "a document that binds WordprocessingML to the default namespace",
    async () => {
      const source = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<document xmlns="${W_NAMESPACE}"><body><p><r><t>Mở đầu</t></r></p><sectPr><pgSz xmlns:w="${W_NAMESPACE}" w:w="11906" w:h="16838"/></sectPr></body></document>`;
      const bytes = await edited(await docxPackage(source), [
        {
          kind: "insertFragment",
          fragment: fragment("PHỤ LỤC KHÁC TIỀN TỐ", true),
          at: { kind: "end" },
        },
      ]);
      const pages = await expectRendered(bytes, "tien-to.docx", ["Mở đầu", "PHỤ LỤC KHÁC TIỀN TỐ"]);
      expect(pages).toBe("PL");
    },
    timeout
  );
});
