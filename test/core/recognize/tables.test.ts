/** Which tables are plans: plan tables among layout, signature, Quốc hiệu, data and nested tables. */
import { actionRows } from "../../../src/core/model/plan";
import { recognizePlans } from "../../../src/core/recognize";
import { continued, doc, p, restart, span, table } from "../support/document-builder";

const PLAN_HEADER = ["TT", "Tiêu chí", "Hiện trạng", "Giải pháp", "Người thực hiện", "Thời gian"];
const PLAN_ROW = [
  "1",
  "Tiêu chí 2.2",
  "Giáo viên chưa đồng đều",
  "Dự giờ, thao giảng",
  "Tổ CM",
  "10/2022",
];

const quocHieuTable = table([
  [
    "UBND XÃ NINH GIANG\nTRƯỜNG MN LIÊM HẢI",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc",
  ],
  ["Số: /KH-MNLH", "Ninh Giang, ngày 06 tháng 4 năm 2026"],
]);
const signatureTable = table([
  ["Nơi nhận:\n- Phòng GDĐT (b/c);\n- Lưu: VT.", "HIỆU TRƯỞNG\n\n\nNguyễn Thị Hiến"],
]);
const dataTable = table([
  ["TT", "Họ và tên", "Chức vụ", "Nhiệm vụ"],
  ["1", "Nguyễn Thị Hiến", "Hiệu trưởng", "Chủ tịch hội đồng"],
]);

describe("tables that are not plans", () => {
  it("ignores the Quốc hiệu, signature and data tables around a plan", () => {
    const { plans, nearMisses } = recognizePlans(
      doc(quocHieuTable, p("KẾ HOẠCH"), dataTable, table([PLAN_HEADER, PLAN_ROW]), signatureTable)
    );
    expect(plans[0]?.tables.map((planTable) => planTable.tableIndex)).toEqual([2]);
    expect(nearMisses).toEqual([]);
  });

  it("finds no plan in a document of layout and data tables", () => {
    expect(recognizePlans(doc(quocHieuTable, dataTable, signatureTable)).plans).toEqual([]);
  });

  it("reports a timetable as a near miss, not a plan", () => {
    const timetable = table([
      ["Thời gian", "Nội dung", "Người thực hiện"],
      ["7h30", "Khai mạc", "Hiệu trưởng"],
    ]);
    const { plans, nearMisses } = recognizePlans(doc(timetable));
    expect(plans).toEqual([]);
    expect(nearMisses).toEqual([
      { tableIndex: 0, blockIndex: 0, roles: ["deadline", "weakness", "owner"], lacks: [] },
    ]);
  });

  it("names what a near miss lacks", () => {
    const { nearMisses } = recognizePlans(
      doc(
        table([
          ["TT", "Tiêu chí", "Giải pháp", "Minh chứng"],
          ["1", "2.2", "Dự giờ", "Sổ"],
        ])
      )
    );
    expect(nearMisses[0]?.lacks).toEqual(["responsibility"]);
  });

  it("never reads a nested table as a plan", () => {
    const nested = table([PLAN_HEADER, PLAN_ROW]);
    const layout = table([[{ text: "", nested: [nested] }, "Ghi chú"]]);
    expect(recognizePlans(doc(layout)).plans).toEqual([]);
  });

  it("reads a plan whose cell holds a nested table, ignoring the nested table", () => {
    const nested = table([PLAN_HEADER, PLAN_ROW]);
    const plan = recognizePlans(
      doc(
        table([
          PLAN_HEADER,
          ["1", "Tiêu chí 2.2", { text: "Xem bảng", nested: [nested] }, "Dự giờ", "HT", "9/2022"],
        ])
      )
    ).plans[0];
    expect(plan && actionRows(plan).map((row) => row.cells.weakness?.text)).toEqual(["Xem bảng"]);
  });
});

describe("the progress-report appendix", () => {
  const appendix = table([
    [
      restart("TT"),
      restart("Tiêu chuẩn, tiêu chí"),
      span("ND Kế hoạch cải tiến chất lượng giáo dục năm học 2021-2022", 2),
      span("Kết quả thực hiện", 2),
      restart("Ghi chú"),
    ],
    [
      continued(),
      continued(),
      "ND kế hoạch được xây dựng đầu năm",
      "ND kế hoạch đã được điều chỉnh",
      "Những công việc đã triển khai xong theo đúng kế hoạch",
      "Những công việc đang triển khai theo kế hoạch hoặc chậm so với kế hoạch (lý do chậm tiến độ)",
      continued(),
    ],
    ["1", "Tiêu chí 2.3", "Xây dựng KH", "", "", "", ""],
  ]);

  it("is returned separately, with its two header rows, and is not part of the plan", () => {
    const { plans, appendixTables } = recognizePlans(
      doc(table([PLAN_HEADER, PLAN_ROW]), p("PHỤ LỤC 2", { bold: true }), appendix)
    );
    expect(appendixTables).toEqual([{ tableIndex: 1, blockIndex: 2, headerRowIndices: [0, 1] }]);
    expect(plans[0]?.tables.map((planTable) => planTable.tableIndex)).toEqual([0]);
  });

  it("is recognised by 'Kết quả thực hiện' when the table has no owner or deadline", () => {
    const simple = table([
      ["TT", "Nội dung kế hoạch", "Kết quả thực hiện", "Ghi chú"],
      ["1", "Dự giờ", "Đã xong", ""],
    ]);
    expect(recognizePlans(doc(simple)).appendixTables).toHaveLength(1);
  });

  it("is recognised by our own content-control tag", () => {
    const tagged = table(
      [
        ["TT", "Nội dung"],
        ["1", "x"],
      ],
      { contentControlTag: "kdcl-appendix" }
    );
    expect(recognizePlans(doc(tagged)).appendixTables).toEqual([
      { tableIndex: 0, blockIndex: 0, headerRowIndices: [] },
    ]);
  });
});

describe("a plan in several tables", () => {
  it("reads a headerless table right after the plan table as its continuation", () => {
    const plan = recognizePlans(
      doc(
        table([PLAN_HEADER, [span("Tiêu chuẩn 2: Cán bộ", 6)], PLAN_ROW]),
        p(""),
        table([["2", "Tiêu chí 2.3", "Thiếu nhân viên", "Tuyển", "HT", "11/2022"]])
      )
    ).plans[0];
    expect(
      plan?.tables.map((planTable) => [planTable.tableIndex, planTable.headerRowIndices])
    ).toEqual([
      [0, [0]],
      [1, []],
    ]);
    expect(
      plan && actionRows(plan).map((row) => [row.tableIndex, row.standardCode, row.criterionCode])
    ).toEqual([
      [0, "2", "2.2"],
      [1, "2", "2.3"],
    ]);
  });

  it("reads plan tables separated by text as one plan", () => {
    const { plans } = recognizePlans(
      doc(table([PLAN_HEADER, PLAN_ROW]), p("Ghi chú: …"), table([PLAN_HEADER, PLAN_ROW]))
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]?.tables).toHaveLength(2);
  });
});
