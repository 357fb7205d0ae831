/**
 * The refresh rules, one by one: what happens to words found in the plan's columns, to rows the
 * plan dropped, and to what staff added to a hand-made appendix.
 */
import {
  findCriterion,
  getCatalog,
  ORPHAN_NOTE,
  planAppendix,
  type AppendixOutcome,
  type RefreshedOutcome,
} from "../../../src/core";
import { cellOf, dataRows, typeInAppendix } from "./support/appendix-cells";
import { apply, appendixTable, read, runAppendix, tables } from "./support/documents";
import { handMadeAppendix } from "./support/hand-made-appendix";
import { planDocumentXml, planTableSpec, type PlanRowInput } from "./support/plan-document";

const A: PlanRowInput = {
  criterion: "1.4",
  weakness: "Hồ sơ tự đánh giá chưa đầy đủ",
  action: "- Rà soát, bổ sung minh chứng",
  owner: "BGH",
  deadline: "10/2025",
};
const B: PlanRowInput = {
  criterion: "2.2",
  weakness: "Giáo viên còn hạn chế về ứng dụng công nghệ thông tin",
  action: "- Tập huấn sử dụng phần mềm",
  owner: "Tổ CM",
  deadline: "11/2025",
};
const C: PlanRowInput = {
  criterion: "3.5",
  weakness: "Đồ chơi ngoài trời xuống cấp",
  action: "- Sửa chữa, bổ sung đồ chơi",
  owner: "BGH",
  deadline: "Cả năm",
};

function refreshed(outcome: AppendixOutcome): RefreshedOutcome {
  if (outcome.kind !== "refreshed") throw new Error(`expected a refresh, got ${outcome.kind}`);
  return outcome;
}

/** A plan of these rows with its appendix already made. */
function withAppendix(rows: PlanRowInput[]): string {
  return runAppendix(planDocumentXml("2018", rows)).after.xml;
}

function rowsOf(xml: string) {
  return dataRows(appendixTable(read(xml)));
}

function officialCriterion(code: string): string {
  return `Tiêu chí ${code}: ${findCriterion(getCatalog("tt19-mn"), code)?.title ?? "?"}`;
}

describe("words found in a plan-derived cell", () => {
  it("in the plan content column: carried to the adjusted column, the plan text written back", () => {
    const typed = typeInAppendix(withAppendix([A, B, C]), [
      { row: 0, column: "planned", text: "Nội dung đã thay: lập lại toàn bộ hồ sơ" },
      { row: 0, column: "adjusted", text: "Lùi thời hạn sang tháng 12" },
    ]);
    const run = runAppendix(typed);
    const outcome = refreshed(run.result.outcome);
    expect(outcome.conflicts).toEqual([
      expect.objectContaining({
        kind: "plan-cell-edited",
        column: "planned",
        text: "Nội dung đã thay: lập lại toàn bộ hồ sơ",
        resolution: "moved",
        movedTo: "adjusted",
        rowNumber: "1",
      }),
    ]);
    const [first] = rowsOf(run.after.xml);
    expect(cellOf(first, "planned")).toBe(`${A.weakness}\n${A.action}`);
    expect(cellOf(first, "adjusted")).toBe(
      "Lùi thời hạn sang tháng 12\nNội dung đã thay: lập lại toàn bộ hồ sơ"
    );
    const again = planAppendix(run.after.model, run.after.analysis);
    expect(again.edits).toEqual([]);
    expect(refreshed(again.outcome).conflicts).toEqual([]);
  });

  it("in the criterion column, a remark after the title: kept in the cell and reported", () => {
    const remark = `${officialCriterion("2.2")} (đã đạt mức 2)`;
    const typed = typeInAppendix(withAppendix([A, B, C]), [
      { row: 1, column: "criterion", text: remark },
    ]);
    const run = runAppendix(typed);
    expect(run.result.edits).toEqual([]);
    expect(refreshed(run.result.outcome).conflicts).toEqual([
      expect.objectContaining({ column: "criterion", resolution: "kept-in-cell", text: remark }),
    ]);
    expect(cellOf(rowsOf(run.after.xml)[1], "criterion")).toBe(remark);
  });

  it("in the criterion column, a title typed from memory: the official title written back", () => {
    const typed = typeInAppendix(withAppendix([A, B, C]), [
      { row: 1, column: "criterion", text: "Tiêu chí 2.2: Đối với giao vien" },
      { row: 1, column: "number", text: "7" },
    ]);
    const run = runAppendix(typed);
    const outcome = refreshed(run.result.outcome);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.updatedCells).toBe(2);
    const second = rowsOf(run.after.xml)[1];
    expect(cellOf(second, "criterion")).toBe(officialCriterion("2.2"));
    expect(cellOf(second, "number")).toBe("2");
  });
});

describe("rows the plan no longer has", () => {
  it("are kept with what staff wrote, marked once, and taken back when the plan row returns", () => {
    const typed = typeInAppendix(withAppendix([A, B, C]), [
      { row: 1, column: "done", text: "Đã tập huấn 2 buổi" },
      { row: 1, column: "note", text: "Còn 3 giáo viên chưa dự" },
    ]);
    const withoutB = apply(typed, [
      { kind: "replaceTable", tableIndex: 0, table: planTableSpec("2018", [A, C]) },
    ]);
    const dropped = runAppendix(withoutB);
    expect(refreshed(dropped.result.outcome)).toMatchObject({ rows: 2, orphanedRows: 1 });
    const orphan = rowsOf(dropped.after.xml).find((row) => cellOf(row, "done") !== "");
    expect(cellOf(orphan, "number")).toBe("");
    expect(cellOf(orphan, "criterion")).toBe(officialCriterion("2.2"));
    expect(cellOf(orphan, "done")).toBe("Đã tập huấn 2 buổi");
    expect(cellOf(orphan, "note")).toBe(`${ORPHAN_NOTE}\nCòn 3 giáo viên chưa dự`);

    const again = runAppendix(dropped.after.xml);
    expect(again.result.edits).toEqual([]);

    const back = apply(dropped.after.xml, [
      { kind: "replaceTable", tableIndex: 0, table: planTableSpec("2018", [A, B, C]) },
    ]);
    const restored = runAppendix(back);
    expect(refreshed(restored.result.outcome)).toMatchObject({ orphanedRows: 0, addedRows: 0 });
    const rows = rowsOf(restored.after.xml);
    expect(rows.map((row) => cellOf(row, "number"))).toEqual(["1", "2", "3"]);
    expect(cellOf(rows[1], "note")).toBe("Còn 3 giáo viên chưa dự");
    expect(cellOf(rows[1], "done")).toBe("Đã tập huấn 2 buổi");
  });

  it("new plan rows get rows of their own, in plan order", () => {
    const typed = typeInAppendix(withAppendix([A, C]), [
      { row: 1, column: "ongoing", text: "Đang chờ kinh phí" },
    ]);
    const grown = apply(typed, [
      { kind: "replaceTable", tableIndex: 0, table: planTableSpec("2018", [A, B, C]) },
    ]);
    const run = runAppendix(grown);
    expect(refreshed(run.result.outcome)).toMatchObject({ rows: 3, addedRows: 1, orphanedRows: 0 });
    const rows = rowsOf(run.after.xml);
    expect(rows.map((row) => cellOf(row, "criterion"))).toEqual(
      ["1.4", "2.2", "3.5"].map(officialCriterion)
    );
    expect(rows.map((row) => cellOf(row, "ongoing"))).toEqual(["", "", "Đang chờ kinh phí"]);
  });
});

describe("a hand-made appendix", () => {
  // Cut short, as typed from memory: a form of the official title.
  const criterionA = "Tiêu chí 1.4: Hiệu trưởng, phó hiệu trưởng, tổ chuyên môn";
  const xml = apply(planDocumentXml("2018", [A, B]), [
    {
      kind: "insertFragment",
      at: { kind: "end" },
      fragment: handMadeAppendix(
        [
          { kind: "group", text: "MỨC 1, 2, 3" },
          { kind: "group", number: "1", text: "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường" },
          {
            kind: "data",
            cells: [
              "",
              criterionA,
              `- ${A.weakness}`,
              "",
              "Đã rà soát",
              "Đang bổ sung",
              "MC 1.4-01",
              "",
            ],
          },
          { kind: "data", cells: ["", "", "", "", "", "minh chứng còn thiếu", "", "Xem thêm"] },
          {
            kind: "group",
            number: "2",
            text: "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên",
          },
          {
            kind: "data",
            cells: ["", "Tiêu chí 2.2: Đối với giáo viên", B.weakness, "", "", "", "", ""],
          },
          { kind: "free", text: "Nhận xét chung: các tổ đã phối hợp tốt" },
        ],
        "Minh chứng"
      ),
    },
  ]);

  it("is recognised and refreshed, nothing it holds lost", () => {
    const run = runAppendix(xml);
    expect(run.result.edits.map((edit) => edit.kind)).toEqual(["replaceTable"]);
    const outcome = refreshed(run.result.outcome);
    expect(outcome).toMatchObject({ rows: 2, orphanedRows: 0, addedRows: 0 });
    expect(outcome.conflicts).toEqual([
      expect.objectContaining({ kind: "extra-column-kept", header: "Minh chứng" }),
    ]);
    const table = appendixTable(run.after);
    const header = table.rows[0]?.cells.map((cell) => cell.text);
    expect(header?.slice(-2)).toEqual(["Minh chứng", "Ghi chú"]);
    const [first, second] = table.rows.slice(2).filter((row) => row.cells.length === 8);
    // The row carried on below is one row now.
    expect(first?.cells.map((cell) => cell.text)).toEqual([
      "1",
      officialCriterion("1.4"),
      `${A.weakness}\n${A.action}`,
      "",
      "Đã rà soát",
      "Đang bổ sung\nminh chứng còn thiếu",
      "MC 1.4-01",
      "Xem thêm",
    ]);
    expect(second?.cells[0]?.text).toBe("2");
    const last = table.rows.at(-1);
    expect(last?.cells.map((cell) => [cell.text, cell.gridSpan])).toEqual([
      ["Nhận xét chung: các tổ đã phối hợp tốt", 8],
    ]);
    expect(tables(run.after.model)).toHaveLength(2);
  });

  it("keeps the text of a table nested in a staff cell, as paragraphs, and says so", () => {
    const nested =
      '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="900"/></w:tblGrid><w:tr><w:tc>' +
      "<w:p><w:r><w:t>Bảng con: 3 lớp</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>";
    const withNested = xml.replace(/(Đã rà soát<\/w:t><\/w:r><\/w:p>)/, `$1${nested}`);
    expect(withNested).not.toBe(xml);
    const run = runAppendix(withNested);
    expect(refreshed(run.result.outcome).conflicts).toContainEqual(
      expect.objectContaining({ kind: "nested-table-flattened", column: "done" })
    );
    const cells = appendixTable(run.after).rows.flatMap((row) => row.cells);
    // The cell's own paragraphs as they were (the one closing the cell is empty), then the
    // nested table's.
    expect(cells.find((cell) => cell.text.startsWith("Đã rà soát"))?.text).toBe(
      "Đã rà soát\n\nBảng con: 3 lớp"
    );
  });

  it("is then left alone", () => {
    const run = runAppendix(runAppendix(xml).after.xml);
    expect(run.result.edits).toEqual([]);
  });
});

describe("the heading of an existing appendix", () => {
  it("gets the plan's school year, date and school in place of the words that differ; “MẪU” is left to staff", () => {
    const heading = [
      "PHỤ LỤC",
      "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2024-2025",
      "(Kèm theo Kế hoạch số 12/KH-MNHS ngày 06 tháng 9 năm 2025 của Trường mầm non Hoa Mai)",
    ];
    const xml = apply(planDocumentXml("2018", [A]), [
      {
        kind: "insertFragment",
        at: { kind: "end" },
        fragment: handMadeAppendix(
          [{ kind: "data", cells: ["1", "Tiêu chí 1.4", A.weakness, "", "", "", ""] }],
          undefined,
          heading
        ),
      },
    ]);
    const run = runAppendix(xml);
    const outcome = refreshed(run.result.outcome);
    expect(
      outcome.headingDiscrepancies.map(({ field, written, expected, corrected }) => [
        field,
        written,
        expected,
        corrected ?? false,
      ])
    ).toEqual([
      ["templateWord", "MẪU", "", false],
      ["schoolYear", "2024-2025", "2025-2026", true],
      ["date", "ngày 06 tháng 9 năm 2025", "ngày 05 tháng 9 năm 2025", true],
      ["schoolName", "Trường mầm non Hoa Mai", "Trường mầm non Hoa Sen", true],
    ]);
    expect(outcome.headingDiscrepancies[1]?.message.vi).toBe(
      "Đã sửa năm học trong tiêu đề phụ lục theo kế hoạch: “2024-2025” → “2025-2026”."
    );
    expect(outcome.changed).toBe(true);
    const texts = run.after.model.blocks.flatMap((block) =>
      block.kind === "paragraph" ? [block.text] : []
    );
    expect(texts).toContain("PHỤ LỤC");
    expect(texts).toContain(
      "MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026"
    );
    expect(texts).toContain(
      "(Kèm theo Kế hoạch số 12/KH-MNHS ngày 05 tháng 9 năm 2025 của Trường mầm non Hoa Sen)"
    );
    // Corrected once, the heading has nothing more to correct: the next refresh writes nothing.
    const again = runAppendix(run.after.xml);
    expect(again.result.edits).toEqual([]);
    expect(refreshed(again.result.outcome).headingDiscrepancies.map((d) => d.field)).toEqual([
      "templateWord",
    ]);
  });
});
