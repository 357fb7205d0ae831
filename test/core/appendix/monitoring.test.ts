/**
 * TT57 plans get the monitoring table: the plan's content, target and result indicator, then
 * what monitoring found at the end of term I and at the end of the year — with the same
 * regeneration guarantees as the report.
 */
import { findCriterion, getCatalog, type RefreshedOutcome } from "../../../src/core";
import { cellOf, dataRows, typeInAppendix } from "./support/appendix-cells";
import { apply, appendixTable, read, runAppendix, tables } from "./support/documents";
import { planDocumentXml, planTableSpec, type PlanRowInput } from "./support/plan-document";

const SELF_ASSESSMENT: PlanRowInput = {
  criterion: "1.4",
  weakness: "Minh chứng tự đánh giá chưa được cập nhật",
  target: "Hồ sơ tự đánh giá đầy đủ",
  action: "- Rà soát, cập nhật minh chứng theo từng tiêu chí",
  indicator: "100% tiêu chí có minh chứng",
  owner: "PHT",
  deadline: "9/2025 – 12/2025",
};
const TEACHERS: PlanRowInput = {
  criterion: "2.2",
  weakness: "Giáo viên còn lúng túng khi đánh giá sự tiến bộ của trẻ",
  target: "Giáo viên đánh giá trẻ đúng quy định",
  action: "- Sinh hoạt chuyên môn theo chuyên đề",
  indicator: "Mỗi tháng 1 buổi chuyên đề",
  owner: "Tổ CM",
  deadline: "Cả năm",
};

describe("the monitoring table of a TT57 plan", () => {
  const created = runAppendix(planDocumentXml("tt57", [SELF_ASSESSMENT, TEACHERS]));

  it("is the default layout for a TT57 plan", () => {
    expect(created.before.analysis.plans[0]?.metadata.catalogId).toBe("tt57-mn");
    expect(created.result.outcome).toMatchObject({
      kind: "created",
      layout: "monitoring",
      rows: 2,
    });
  });

  it("follows term I and the end of the year under one result heading", () => {
    const table = appendixTable(created.after);
    expect(
      table.rows[0]?.cells.map((cell) => [cell.text, cell.gridSpan, cell.verticalMerge])
    ).toEqual([
      ["TT", 1, "restart"],
      ["Tiêu chuẩn, tiêu chí", 1, "restart"],
      ["Nội dung cải tiến", 1, "restart"],
      ["Mục tiêu", 1, "restart"],
      ["Chỉ số kết quả", 1, "restart"],
      ["Kết quả thực hiện (theo dõi, đánh giá)", 2, "none"],
      ["Ghi chú", 1, "restart"],
    ]);
    expect(table.rows[1]?.cells.slice(5, 7).map((cell) => cell.text)).toEqual([
      "Kết quả cuối học kỳ I",
      "Kết quả cuối năm học",
    ]);
    const heading = created.after.model.blocks
      .slice(0, table.blockIndex)
      .flatMap((block) => (block.kind === "paragraph" && block.text !== "" ? [block.text] : []));
    expect(heading.at(-2)).toBe(
      "BÁO CÁO THEO DÕI, ĐÁNH GIÁ VIỆC THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026"
    );
  });

  it("fills content, target and indicator from the plan, naming owner and deadline", () => {
    const [first] = dataRows(appendixTable(created.after), "monitoring");
    const criterion = findCriterion(getCatalog("tt57-mn"), "1.4");
    expect(cellOf(first, "criterion", "monitoring")).toBe(
      `Tiêu chí 1.4: ${criterion?.title ?? "?"}`
    );
    expect(cellOf(first, "planned", "monitoring")).toBe(
      [
        SELF_ASSESSMENT.weakness,
        SELF_ASSESSMENT.action,
        `Phụ trách: ${SELF_ASSESSMENT.owner}`,
        `Thời gian: ${SELF_ASSESSMENT.deadline}`,
      ].join("\n")
    );
    expect(cellOf(first, "target", "monitoring")).toBe(SELF_ASSESSMENT.target);
    expect(cellOf(first, "indicator", "monitoring")).toBe(SELF_ASSESSMENT.indicator);
  });

  it("reads as an appendix, never as a second plan, even without its marker", () => {
    const unmarked = created.after.xml.replace(
      /<w:sdt>.*?<w:sdtContent>|<\/w:sdtContent><\/w:sdt>/g,
      ""
    );
    const reading = read(unmarked);
    expect(tables(reading.model).at(-1)?.contentControlTag).toBeUndefined();
    expect(reading.analysis.plans[0]?.tables).toHaveLength(1);
    expect(reading.analysis.appendixTables?.map((ref) => ref.tableIndex)).toEqual([1]);
    expect(runAppendix(unmarked).result.edits).toEqual([]);
  });

  it("keeps what reviewers wrote when the plan changes", () => {
    const typed = typeInAppendix(
      created.after.xml,
      [
        { row: 0, column: "termOne", text: "Đã cập nhật 60% minh chứng" },
        { row: 1, column: "yearEnd", text: "Hoàn thành\nđủ 9 buổi" },
        { row: 1, column: "note", text: "Đề nghị duy trì" },
      ],
      "monitoring"
    );
    const reworded = { ...TEACHERS, action: `${TEACHERS.action}, dự giờ` };
    const edited = apply(typed, [
      {
        kind: "replaceTable",
        tableIndex: 0,
        table: planTableSpec("tt57", [reworded, SELF_ASSESSMENT]),
      },
    ]);
    const run = runAppendix(edited);
    expect(run.result.outcome).toMatchObject<Partial<RefreshedOutcome>>({
      kind: "refreshed",
      layout: "monitoring",
      keptCells: 3,
      orphanedRows: 0,
      addedRows: 0,
    });
    const rows = dataRows(appendixTable(run.after), "monitoring");
    expect(rows.map((row) => cellOf(row, "number", "monitoring"))).toEqual(["1", "2"]);
    expect(cellOf(rows[0], "yearEnd", "monitoring")).toBe("Hoàn thành\nđủ 9 buổi");
    expect(cellOf(rows[0], "note", "monitoring")).toBe("Đề nghị duy trì");
    expect(cellOf(rows[0], "planned", "monitoring")).toContain("dự giờ");
    expect(cellOf(rows[1], "termOne", "monitoring")).toBe("Đã cập nhật 60% minh chứng");
    expect(runAppendix(run.after.xml).result.edits).toEqual([]);
  });

  it("can be chosen for a 2018 plan, and the report for a TT57 plan", () => {
    const plan2018 = planDocumentXml("2018", [{ ...TEACHERS }]);
    expect(runAppendix(plan2018, { layout: "monitoring" }).result.outcome).toMatchObject({
      layout: "monitoring",
    });
    const planTt57 = planDocumentXml("tt57", [SELF_ASSESSMENT]);
    expect(runAppendix(planTt57, { layout: "report" }).result.outcome).toMatchObject({
      layout: "report",
    });
  });
});
