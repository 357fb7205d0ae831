/** The plan-table layouts of shared/reference/plans.md, hand-built. */
import { actionRows, type ActionRow, type Plan } from "../../../src/core/model/plan";
import { recognizePlans } from "../../../src/core/recognize";
import type { DocumentModel } from "../../../src/core/model/document";
import { continued, doc, p, restart, span, table } from "../support/document-builder";

function planOf(document: DocumentModel): Plan {
  const { plans } = recognizePlans(document);
  expect(plans).toHaveLength(1);
  const plan = plans[0];
  if (!plan) throw new Error("no plan");
  return plan;
}

function roles(plan: Plan, tableIndex = 0): string[] {
  return plan.tables[tableIndex]?.columns.map((column) => column.role) ?? [];
}

function criteria(rows: ActionRow[]): [string | undefined, string | undefined, string][] {
  return rows.map((row) => [row.standardCode, row.criterionCode, row.criterionSource]);
}

describe("primary school, 2022: typos in the header, code-only criteria, monitor and report time", () => {
  const document = doc(
    p("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", { bold: true }),
    p("Năm học 2022 - 2023", { bold: true }),
    table([
      [
        "Tiêu chu ẩn",
        "Tiêu chí",
        "T",
        "Nội dung kế hoạch",
        "Giải pháp thực hiện",
        "Phân công thực hiện",
        "Thời gian thực hiện",
        "Kinh phí thực hiện",
        "Phân công giám sát",
        "Thời điểm báo cáo",
      ],
      [
        restart("1"),
        "1.4",
        "1",
        "Tổ chuyên môn chưa …",
        "Bồi dưỡng tổ trưởng",
        "HT",
        "9/2022",
        "Không",
        "PHT",
        "12/2022",
      ],
      [
        continued(),
        "1.10",
        "2",
        "Chưa có camera",
        "Lắp camera",
        "PHT",
        "10/2022",
        "20 triệu",
        "HT",
        "12/2022",
      ],
      [
        restart("Tiêu chuẩn 3"),
        "3.6",
        "3",
        "Thư viện chưa đạt",
        "Bổ sung sách",
        "NV thư viện",
        "11/2022",
        "",
        "PHT",
        "1/2023",
      ],
    ])
  );
  const plan = planOf(document);

  it("reads every column despite the typos", () => {
    expect(roles(plan)).toEqual([
      "standard",
      "criterion",
      "number",
      "weakness",
      "action",
      "owner",
      "deadline",
      "cost",
      "monitor",
      "reportTime",
    ]);
  });

  it("takes the standard from the standard column, merged cells included", () => {
    expect(criteria(actionRows(plan))).toEqual([
      ["1", "1.4", "code-cell"],
      ["1", "1.10", "code-cell"],
      ["3", "3.6", "code-cell"],
    ]);
    expect(actionRows(plan)[0]?.criterionTitleAsWritten).toBeUndefined();
    expect(actionRows(plan)[1]?.cells.standard?.location).toEqual({
      tableIndex: 0,
      rowIndex: 1,
      cellIndex: 0,
    });
    expect(actionRows(plan)[1]?.cells.monitor?.text).toBe("HT");
    expect(actionRows(plan)[1]?.cells.reportTime?.text).toBe("12/2022");
  });
});

describe("preschool, 2023: the 2021 layout ending with MỨC 4: Không có", () => {
  const header = [
    "TT",
    "Tiêu chuẩn, tiêu chí",
    "Kết quả cần đạt (so với hiện trạng)",
    "Công việc/giải pháp cần thực hiện",
    "Chủ trì và phối hợp thực hiện",
    "Thời gian thực hiện và hoàn thành",
    "Dự kiến kinh phí",
    "Điều kiện hỗ trợ khác",
    "Ghi chú",
  ];
  const plan = planOf(
    doc(
      table([
        header,
        [span("MỨC 1, 2, 3", 9)],
        ["1", span("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", 8)],
        [
          "1",
          "Tiêu chí 1.6: Quản lý hành chính, tài chính và tài sản",
          "Hồ sơ chưa đầy đủ",
          "Bổ sung hồ sơ",
          "Kế toán",
          "9/2023",
          "",
          "",
          "",
        ],
        [
          "2",
          "Tiêu chí 1.10. Đảm bảo an ninh trật tự",
          "",
          "Tập huấn PCCC",
          "HT",
          "10/2023",
          "",
          "",
          "",
        ],
        [span("MỨC 4: Không có", 9)],
      ])
    )
  );

  it("reads the weakness column from 'Kết quả cần đạt (so với hiện trạng)'", () => {
    expect(roles(plan)[2]).toBe("weakness");
    expect(roles(plan)[1]).toBe("criterion");
  });

  it("reads level groups, including MỨC 4: Không có", () => {
    const kinds = plan.rows.map((row) =>
      row.kind === "levelGroup" ? `level ${row.levels.join(",")}` : row.kind
    );
    expect(kinds).toEqual(["level 1,2,3", "standardGroup", "action", "action", "level 4"]);
    expect(criteria(actionRows(plan))).toEqual([
      ["1", "1.6", "code-cell"],
      ["1", "1.10", "code-cell"],
    ]);
    expect(actionRows(plan)[1]?.criterionTitleAsWritten).toBe("Đảm bảo an ninh trật tự");
  });
});

describe("preschool, 2025: one table per standard under headings", () => {
  const header = [
    "Nội dung cần cải tiến",
    "Biện pháp thực hiện",
    "Thời gian",
    "Người thực hiện",
    "Minh chứng",
  ];
  const plan = planOf(
    doc(
      p("1. Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", { bold: true }),
      table([
        header,
        ["Hồ sơ quản lý còn thiếu", "- Rà soát, bổ sung hồ sơ", "9/2025 – 5/2026", "BGH", "Hồ sơ"],
      ]),
      p(""),
      p("2, Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên"),
      table([
        header,
        [
          "Giáo viên hạn chế về CNTT",
          "- Tổ chức tập huấn CNTT",
          "10/2025",
          "PHT, Tổ CM",
          "Kế hoạch",
        ],
      ]),
      p("Tiêu chuẩn 3. Cơ sở vật chất và thiết bị"),
      table([
        header,
        [
          "Thiết bị, đồ chơi thiếu",
          "- Kiểm kê, đề xuất bổ sung",
          "9/2025 – 3/2026",
          "BGH",
          "Hóa đơn",
        ],
      ])
    )
  );

  it("takes each table's standard from the heading above it", () => {
    expect(plan.tables.map((table) => table.headingStandard)).toEqual([
      { code: "1", titleAsWritten: "Tổ chức và quản lý nhà trường", blockIndex: 0 },
      { code: "2", titleAsWritten: "Cán bộ quản lý, giáo viên, nhân viên", blockIndex: 3 },
      { code: "3", titleAsWritten: "Cơ sở vật chất và thiết bị", blockIndex: 5 },
    ]);
    expect(criteria(actionRows(plan))).toEqual([
      ["1", undefined, "standard-only"],
      ["2", undefined, "standard-only"],
      ["3", undefined, "standard-only"],
    ]);
  });
});

describe("one table per standard: headings in capitals, or with the title on the next line", () => {
  const header = [
    "Nội dung cần cải tiến",
    "Biện pháp thực hiện",
    "Thời gian",
    "Người thực hiện",
    "Minh chứng",
  ];
  const body = (weakness: string) => [
    weakness,
    "- Kiểm kê, đề xuất bổ sung",
    "Cả năm",
    "BGH",
    "Kế hoạch",
  ];
  const plan = planOf(
    doc(
      p("TIÊU CHUẨN 3.", { bold: true }),
      p("CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ", { bold: true }),
      table([header, body("Thiết bị, đồ chơi thiếu và xuống cấp")]),
      p("Tiêu chuẩn 4"),
      p(""),
      p("Quan hệ giữa nhà trường, gia đình và xã hội"),
      table([header, body("Phối hợp phụ huynh chưa thường xuyên")]),
      p("TIÊU CHUẨN 5: HOẠT ĐỘNG VÀ KẾT QUẢ NUÔI DƯỠNG, CHĂM SÓC, GIÁO DỤC TRẺ"),
      table([header, body("Chất lượng giáo dục chưa đồng đều")]),
      p("Kế hoạch giáo dục của nhà trường"),
      table([header, body("Giáo viên hạn chế về CNTT")])
    )
  );

  it("reads the code from the heading and the title from the line under it", () => {
    expect(plan.tables.map((table) => table.headingStandard)).toEqual([
      { code: "3", titleAsWritten: "CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ", blockIndex: 0 },
      { code: "4", titleAsWritten: "Quan hệ giữa nhà trường, gia đình và xã hội", blockIndex: 3 },
      {
        code: "5",
        titleAsWritten: "HOẠT ĐỘNG VÀ KẾT QUẢ NUÔI DƯỠNG, CHĂM SÓC, GIÁO DỤC TRẺ",
        blockIndex: 7,
      },
      // A line that is no title under no standard label: the table has no heading of its own.
      undefined,
    ]);
    expect(actionRows(plan).map((row) => row.standardCode)).toEqual(["3", "4", "5", "5"]);
  });
});

describe("TT57/2026 form", () => {
  const plan = planOf(
    doc(
      p("Căn cứ Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo;"),
      p("TRƯỜNG MẦM NON LIÊM HẢI"),
      table([
        [
          "TT",
          "Nội dung",
          "Mục tiêu",
          "Giải pháp",
          "Chỉ số kết quả",
          "Thời gian",
          "Phụ trách",
          "Nguồn lực",
          "Minh chứng dự kiến",
          "Mức độ",
        ],
        [span("Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng", 10)],
        [
          "1",
          "Tiêu chí 1.4: Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình",
          "",
          "Rà soát kế hoạch cải tiến",
          "100% nhiệm vụ có người phụ trách",
          "12/2026",
          "HT",
          "",
          "Biên bản",
          "Mức 1",
        ],
      ])
    )
  );

  it("reads the TT57 columns; the target is the first filled target column", () => {
    expect(roles(plan)).toEqual([
      "number",
      "weakness",
      "target",
      "action",
      "target",
      "deadline",
      "owner",
      "cost",
      "evidence",
      "status",
    ]);
    const [row] = actionRows(plan);
    expect(row?.cells.target?.text).toBe("100% nhiệm vụ có người phụ trách");
  });

  it("finds the criterion written in the content cell, and picks the TT57 catalog", () => {
    expect(criteria(actionRows(plan))).toEqual([["1", "1.4", "text"]]);
    expect(actionRows(plan)[0]?.criterionTitleAsWritten).toBe(
      "Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình"
    );
    expect(plan.metadata).toMatchObject({
      catalogId: "tt57-mn",
      level: "mn",
      levelSource: "school-name",
    });
  });
});
