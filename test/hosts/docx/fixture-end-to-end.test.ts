import { readFileSync } from "fs";
import { join } from "path";
import type { FragmentSpec, RowSpec, TableSpec } from "../../../src/core/edits/spec";
import type { TableBlock } from "../../../src/core/model/document";
import { openDocx } from "../../../src/hosts/docx";
import { FIXTURES_DIRECTORY } from "../../ooxml/fixtures";
import {
  isLandscape,
  LIBREOFFICE_TEST_TIMEOUT_MS,
  containsWordsInOrder,
  renderDocument,
} from "../../support/libreoffice";

const NAME = "mn-pom-lot-2021";

const cell = (text: string, span?: number) => ({ paragraphs: [[{ text }]], span });

const NEW_ROWS: RowSpec[] = [
  {
    kind: "data",
    cells: [
      "2",
      "Tiêu chí 2.4: Đội ngũ nhân viên",
      "Có đủ nhân viên kế toán, văn thư",
      "Tham mưu tuyển dụng nhân viên kế toán",
      "Hiệu trưởng",
      "Năm học 2021-2022",
      "Không",
      "",
      "",
    ].map((text) => cell(text)),
  },
  { kind: "group", cells: [cell("3"), cell("Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng", 8)] },
];

const APPENDIX_TABLE: TableSpec = {
  kind: "table",
  marker: "kdcl-appendix-table",
  columnWeights: [1, 4, 5, 5, 5, 5, 2],
  headerRows: [
    {
      kind: "header",
      cells: [
        { ...cell("TT"), verticalMerge: "restart" },
        { ...cell("Tiêu chuẩn, tiêu chí"), verticalMerge: "restart" },
        cell("ND kế hoạch cải tiến chất lượng", 2),
        cell("Kết quả thực hiện", 2),
        { ...cell("Ghi chú"), verticalMerge: "restart" },
      ],
    },
    {
      kind: "header",
      cells: [
        { paragraphs: [], verticalMerge: "continue" },
        { paragraphs: [], verticalMerge: "continue" },
        cell("Xây dựng đầu năm"),
        cell("Đã điều chỉnh"),
        cell("Đã triển khai xong"),
        cell("Đang triển khai"),
        { paragraphs: [], verticalMerge: "continue" },
      ],
    },
  ],
  bodyRows: [
    { kind: "group", cells: [cell("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", 7)] },
    // Fourteen rows fill the landscape page to its last line (with LibreOffice's fonts): what
    // follows the table must not spill onto a blank page.
    ...Array.from({ length: 14 }, (_, i) => ({
      kind: "data" as const,
      cells: [
        String(i + 1),
        "Tiêu chí 2.3: Đối với nhân viên",
        "Xin biên chế nhân viên y tế",
        "",
        "Đã làm tờ trình xin nhân viên y tế",
        "Đang chờ phê duyệt",
        "",
      ].map((text) => cell(text)),
    })),
  ],
};

const APPENDIX: FragmentSpec = {
  landscape: true,
  marker: "kdcl-appendix",
  blocks: [
    {
      kind: "paragraph",
      runs: [{ text: "PHỤ LỤC 3", bold: true }],
      alignment: "center",
      spacingAfterPt: 0,
    },
    {
      kind: "paragraph",
      runs: [{ text: "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2021-2022", bold: true }],
      alignment: "center",
    },
    APPENDIX_TABLE,
  ],
};

function rowTexts(table: TableBlock): string[][] {
  return table.rows.map((row) => row.cells.map((c) => c.text));
}

describe(`${NAME} end to end: open, add rows and a landscape appendix, save, reopen`, () => {
  let saved: Uint8Array;
  let original: Awaited<ReturnType<typeof openDocx>>;

  beforeAll(async () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES_DIRECTORY, `${NAME}.docx`)));
    original = await openDocx(bytes, `${NAME}.docx`);
    const host = await openDocx(bytes, `${NAME}.docx`);
    const outcome = await host.applyEdits([
      { kind: "insertRows", tableIndex: 0, afterRowIndex: 3, rows: NEW_ROWS },
      { kind: "insertFragment", fragment: APPENDIX, at: { kind: "end" } },
    ]);
    expect(outcome).toEqual({ ok: true, applied: 2 });
    saved = await host.save();
  });

  it("keeps the original paragraphs and tables, and holds the new content", async () => {
    const before = (await original.readDocument()).blocks;
    const after = (await (await openDocx(saved)).readDocument()).blocks;
    before.forEach((block, index) => {
      if (block.kind === "table" && block.tableIndex === 0) return;
      expect(after[index]).toEqual(block);
    });
    const planBefore = before[10] as TableBlock;
    const planAfter = after[10] as TableBlock;
    const texts = rowTexts(planAfter);
    expect(texts.slice(0, 4)).toEqual(rowTexts(planBefore).slice(0, 4));
    expect(texts.slice(6)).toEqual(rowTexts(planBefore).slice(4));
    expect(texts[4]![1]).toBe("Tiêu chí 2.4: Đội ngũ nhân viên");
    expect(texts[5]).toEqual(["3", "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng"]);

    const added = after.slice(before.length);
    expect(added.map((block) => (block.kind === "paragraph" ? block.text : "[table]"))).toEqual([
      "",
      "PHỤ LỤC 3",
      "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2021-2022",
      "[table]",
      "",
    ]);
    const appendix = added[3] as TableBlock;
    expect(appendix.contentControlTag).toBe("kdcl-appendix-table");
    expect(appendix.rows.filter((row) => row.repeatsAsHeader)).toHaveLength(2);
  });

  it(
    "converts to PDF with LibreOffice: the new text is there, the appendix on landscape pages, no blank page",
    async () => {
      const rendering = await renderDocument(saved, `${NAME}-edited.docx`);
      const pageTexts = rendering.text.split("\f").slice(0, rendering.pages.length);
      expect(pageTexts.map((text) => text.trim() !== "")).toEqual(pageTexts.map(() => true));
      for (const inserted of [
        "Tiêu chí 2.4: Đội ngũ nhân viên",
        "Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng",
        "PHỤ LỤC 3",
        "BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH NĂM HỌC 2021-2022",
        "Xin biên chế nhân viên y tế",
        "Đã triển khai xong",
      ]) {
        expect({ inserted, found: containsWordsInOrder(rendering.text, inserted) }).toEqual({
          inserted,
          found: true,
        });
      }
      const orientations = rendering.pages.map(isLandscape);
      const firstLandscape = orientations.indexOf(true);
      expect(firstLandscape).toBeGreaterThan(0);
      expect(orientations.slice(0, firstLandscape).every((landscape) => !landscape)).toBe(true);
      expect(orientations.slice(firstLandscape).every(Boolean)).toBe(true);
      // Header and group rows of our table are set in bold.
      expect(rendering.boldTexts.join(" ")).toContain("Kết quả thực hiện");
    },
    LIBREOFFICE_TEST_TIMEOUT_MS
  );
});
