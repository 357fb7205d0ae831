/** Header shapes and body rows: merged headers, group rows, continuation rows, shifted rows. */
import type { DocumentModel } from "../../../src/core/model/document";
import { actionRows, type Plan, type PlanRow } from "../../../src/core/model/plan";
import { recognizePlans } from "../../../src/core/recognize";
import { continued, doc, restart, row, span, table } from "../support/document-builder";
import { analyze } from "../../../src/core/analyze/analyze";

function planOf(document: DocumentModel): Plan {
  const plan = recognizePlans(document).plans[0];
  if (!plan) throw new Error("no plan");
  return plan;
}

function kinds(rows: PlanRow[]): string[] {
  return rows.map((planRow) => planRow.kind);
}

const HEADER = ["TT", "Tiêu chí", "Hiện trạng", "Giải pháp", "Người thực hiện", "Thời gian"];

describe("two-row headers", () => {
  const plan = planOf(
    doc(
      table([
        [
          restart("TT"),
          restart("Tiêu chí"),
          restart("Giải pháp"),
          span("Người/bộ phận", 2),
          span("Thời gian", 2),
        ],
        [continued(), continued(), continued(), "Thực hiện", "Giám sát", "Bắt đầu", "Hoàn thành"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"],
        ["1", "2.2", "Dự giờ giáo viên", "Tổ CM", "HT", "9/2022", "5/2023"],
      ])
    )
  );

  it("refines a spanning cell with the sub-headers under it", () => {
    expect(plan.tables[0]?.columns.map((column) => column.role)).toEqual([
      "number",
      "criterion",
      "action",
      "owner",
      "monitor",
      "deadline",
      "deadline",
    ]);
    expect(plan.tables[0]?.columns[3]?.headerText).toBe("Người/bộ phận\nThực hiện");
  });

  it("skips the merged header rows and the column-number row", () => {
    expect(plan.tables[0]?.headerRowIndices).toEqual([0, 1, 2]);
    expect(kinds(plan.rows)).toEqual(["action"]);
    expect(actionRows(plan)[0]?.cells).toMatchObject({
      owner: { text: "Tổ CM" },
      monitor: { text: "HT" },
      deadline: { text: "9/2022" },
    });
  });

  it("skips the header rows repeated inside the body (a page break in a converted document)", () => {
    const header: Parameters<typeof table>[0] = [
      [
        restart("TT"),
        restart("Tiêu chí"),
        restart("Giải pháp"),
        span("Phân công", 2),
        restart("Thời gian thực hiện"),
      ],
      [continued(), continued(), continued(), "Thực hiện", "Giám sát", continued()],
      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
    ];
    const repeated = planOf(
      doc(
        table([
          ...header,
          ["1", "1.4", "Bồi dưỡng tổ trưởng", "HT", "PHT", "9/2022"],
          ...header,
          ["2", "1.10", "Lắp camera", "PHT", "HT", "10/2022"],
          ["TT", "Tiêu chí", "Giải pháp", "Phân công", "", "Thời gian thực hiện"],
          ["3", "3.6", "Bổ sung sách", "NV thư viện", "PHT", "11/2022"],
        ])
      )
    );
    expect(kinds(repeated.rows)).toEqual(["action", "action", "action"]);
    expect(actionRows(repeated).map((action) => action.rowIndices)).toEqual([[3], [7], [9]]);
  });

  it("reads a title row above the header as part of the header", () => {
    const titled = planOf(
      doc(
        table([
          [span("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", 6)],
          HEADER,
          ["1", "2.2", "x", "Dự giờ", "HT", "9/2022"],
        ])
      )
    );
    expect(titled.tables[0]?.headerRowIndices).toEqual([0, 1]);
    expect(kinds(titled.rows)).toEqual(["action"]);
  });
});

describe("group rows", () => {
  it("reads standard groups with and without a number cell, in any column", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          [span("MỨC 1, 2, 3", 6)],
          ["1", span("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", 5)],
          ["1", "1.1", "x", "Xây dựng chiến lược", "HT", "9/2022"],
          [span("TIÊU CHUẨN 2. CÁN BỘ QUẢN LÝ, GIÁO VIÊN", 6)],
          ["2", "2.1", "x", "Bồi dưỡng", "HT", "10/2022"],
          ["", "", "", "3, Tiêu chuẩn 3: Cơ sở vật chất", "", ""],
          ["3", "", "Thiếu phòng", "Tham mưu xây phòng", "HT", "11/2022"],
          [span("Mức 4", 6)],
        ])
      )
    );
    expect(kinds(plan.rows)).toEqual([
      "levelGroup",
      "standardGroup",
      "action",
      "standardGroup",
      "action",
      "standardGroup",
      "action",
      "levelGroup",
    ]);
    const groups = plan.rows.filter((planRow) => planRow.kind === "standardGroup");
    expect(
      groups.map((group) => [group.standardCode, group.numberText, group.titleAsWritten])
    ).toEqual([
      ["1", "1", "Tổ chức và quản lý nhà trường"],
      ["2", undefined, "CÁN BỘ QUẢN LÝ, GIÁO VIÊN"],
      ["3", undefined, "Cơ sở vật chất"],
    ]);
    expect(
      actionRows(plan).map((action) => [
        action.standardCode,
        action.criterionCode,
        action.criterionSource,
      ])
    ).toEqual([
      ["1", "1.1", "code-cell"],
      ["2", "2.1", "code-cell"],
      ["3", undefined, "standard-only"],
    ]);
  });

  it("reads a standard label whose title is typed in the next, spanning cell", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          [span("MỨC 1, MỨC 2, MỨC 3", 6)],
          ["1", "Tiêu chuẩn 2:", span("Cán bộ quản lý, giáo viên, nhân viên", 4)],
          ["1", "Tiêu chí 2.3: Đối với nhân viên", "x", "Xây dựng KH", "HT", "9/2022"],
          ["", "TIÊU CHUẨN 3", span("CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC", 4)],
          ["2", "3.2", "x", "Tham mưu xây phòng", "CBQL", "10/2022"],
          // Two cells of a row being typed are not a group row.
          ["", "Tiêu chuẩn 3", "Thư viện chưa đạt", "", "", ""],
        ])
      )
    );
    expect(kinds(plan.rows)).toEqual([
      "levelGroup",
      "standardGroup",
      "action",
      "standardGroup",
      "action",
      "action",
    ]);
    const groups = plan.rows.filter((planRow) => planRow.kind === "standardGroup");
    expect(
      groups.map((group) => [group.standardCode, group.numberText, group.titleAsWritten])
    ).toEqual([
      ["2", "1", "Cán bộ quản lý, giáo viên, nhân viên"],
      ["3", undefined, "CƠ SỞ VẬT CHẤT VÀ THIẾT BỊ DẠY HỌC"],
    ]);
    // The title's cell, where a fix to the title goes.
    expect(groups.map((group) => group.cell.location)).toMatchObject([
      { rowIndex: 2, cellIndex: 2 },
      { rowIndex: 4, cellIndex: 2 },
    ]);
    expect(actionRows(plan).map((action) => action.standardCode)).toEqual(["2", "3", "3"]);
  });

  it("keeps the row's standard, not the criterion's, so a misplaced criterion shows", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          [span("Tiêu chuẩn 2: Cán bộ quản lý", 6)],
          ["1", "3.2", "x", "Xây phòng", "HT", "9/2022"],
        ])
      )
    );
    expect(actionRows(plan)[0]).toMatchObject({ standardCode: "2", criterionCode: "3.2" });
  });

  it("reads a row holding only a criterion title as an action row", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          [span("Tiêu chuẩn 2: Cán bộ", 6)],
          ["", "Tiêu chí 2.3: Đối với nhân viên", "", "", "", ""],
        ])
      )
    );
    expect(kinds(plan.rows)).toEqual(["standardGroup", "action"]);
    expect(actionRows(plan)[0]).toMatchObject({
      criterionCode: "2.3",
      criterionTitleAsWritten: "Đối với nhân viên",
    });
  });

  it("reads criterion codes in their usual spellings", () => {
    const codes = [
      "2.3",
      "TC 2.3",
      "Tiêu chí 2.3: Đối với nhân viên",
      "2.3. Đối với nhân viên",
      "Tiêu chí 02.3",
      "tiêu chí 2,3",
    ];
    const plan = planOf(
      doc(
        table([
          HEADER,
          ...codes.map((code, index) => [String(index + 1), code, "", "Việc", "HT", "9/2022"]),
        ])
      )
    );
    expect(actionRows(plan).map((action) => action.criterionCode)).toEqual(codes.map(() => "2.3"));
  });
});

describe("criteria numbered within their standard", () => {
  it("reads “Tiêu chí 3” under standard 2 as criterion 2.3", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          ["", "Tiêu chí 3: Đối với nhân viên", "x", "Xây dựng KH", "HT", "9/2022"],
          ["1", span("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên", 5)],
          ["1", "Tiêu chí 3: Đối với nhân viên", "x", "Xây dựng KH", "HT", "9/2022"],
          ["2", "Tiêu chí số 1.", "x", "Bồi dưỡng", "HT", "10/2022"],
          ["3", "Tiêu chí 3.2", "x", "Xây phòng", "CBQL", "11/2022"],
        ])
      )
    );
    expect(
      actionRows(plan).map((action) => [
        action.criterionCode,
        action.criterionTitleAsWritten,
        action.criterionSource,
      ])
    ).toEqual([
      // No standard yet: the number alone names no criterion.
      [undefined, "Tiêu chí 3: Đối với nhân viên", "none"],
      ["2.3", "Đối với nhân viên", "code-cell"],
      ["2.1", undefined, "code-cell"],
      ["3.2", undefined, "code-cell"],
    ]);
  });
});

describe("the standard column", () => {
  it("reads the standard written as a code, a Roman numeral, a label or “TC 2”", () => {
    const header = [
      "Tiêu chuẩn",
      "Tiêu chí",
      "TT",
      "Giải pháp thực hiện",
      "Phân công thực hiện",
      "Thời gian thực hiện",
    ];
    const plan = planOf(
      doc(
        table([
          header,
          ["I", "1.4", "1", "Bồi dưỡng tổ trưởng", "HT", "9/2022"],
          ["TC 2", "2.1", "2", "Bồi dưỡng", "HT", "9/2022"],
          ["Tiêu chuẩn III", "3.6", "3", "Bổ sung sách", "NV", "9/2022"],
          ["4.", "4.1", "4", "Họp phụ huynh", "GVCN", "9/2022"],
          ["TC5:", "5.1", "5", "Dự giờ", "TTCM", "9/2022"],
        ])
      )
    );
    expect(actionRows(plan).map((action) => action.standardCode)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
  });
});

describe("continuation rows", () => {
  it("merges a row with merged-down key cells and no owner or deadline into the row above", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          [
            restart("1"),
            restart("Tiêu chí 2.3"),
            "Thiếu nhân viên y tế",
            "- Xây dựng KH xin biên chế",
            "HT",
            "9/2022",
          ],
          [continued(), continued(), "", "- Tham mưu với UBND xã", "", ""],
        ])
      )
    );
    expect(kinds(plan.rows)).toEqual(["action"]);
    const [action] = actionRows(plan);
    expect(action?.rowIndices).toEqual([1, 2]);
    expect(action?.cells.action?.text).toBe("- Xây dựng KH xin biên chế\n- Tham mưu với UBND xã");
    expect(action?.cells.action?.location).toEqual({ tableIndex: 0, rowIndex: 1, cellIndex: 3 });
  });

  it("merges text cut at a page break across rows with empty number and criterion cells", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          [
            "1",
            "Tiêu chí 1.8",
            "Công tác kiểm tra nội bộ chưa",
            "Xây dựng kế hoạch kiểm tra định",
            "BGH",
            "Cả năm",
          ],
          ["", "", "thường xuyên", "kỳ", "", ""],
        ])
      )
    );
    const [action] = actionRows(plan);
    expect(action?.rowIndices).toEqual([1, 2]);
    expect(action?.cells.weakness?.text).toBe("Công tác kiểm tra nội bộ chưa thường xuyên");
    expect(action?.cells.action?.text).toBe("Xây dựng kế hoạch kiểm tra định kỳ");
  });

  it("keeps a row being typed (empty number and criterion, no owner yet) as its own action row", () => {
    const typing = doc(
      table([
        HEADER,
        [
          "1",
          "Tiêu chí 1.8",
          "Kiểm tra nội bộ chưa thường xuyên.",
          "Xây dựng kế hoạch kiểm tra.",
          "BGH",
          "9/2022",
        ],
        [
          "",
          "",
          "Hồ sơ quản lý còn thiếu, chưa cập nhật",
          "Rà soát, bổ sung hồ sơ theo quy định",
          "",
          "",
        ],
      ])
    );
    const plan = planOf(typing);
    expect(actionRows(plan).map((action) => action.rowIndices)).toEqual([[1], [2]]);
    const findings = analyze(typing).findings;
    expect(
      findings.filter((finding) => finding.location.rowIndex === 2).map((finding) => finding.ruleId)
    ).toEqual(expect.arrayContaining(["missing-owner", "missing-deadline"]));
  });

  it("merges a word cut in the first column of a table without key columns", () => {
    const header = [
      "Nội dung cần cải tiến",
      "Biện pháp thực hiện",
      "Thời gian",
      "Người thực hiện",
      "Minh chứng",
    ];
    const plan = planOf(
      doc(
        table([
          header,
          [
            "Thiết bị, đồ chơi thiếu và xuống",
            "- Kiểm kê, đề xuất bổ sung",
            "9/2025 – 3/2026",
            "BGH",
            "Hóa đơn, hình ảnh",
          ],
          ["cấp", "", "", "", ""],
          ["", "kỳ - Tăng cường kiểm tra đột xuất", "", "", ""],
          [
            "Môi trường giáo dục chưa phong phú",
            "- Xây dựng môi trường mở",
            "Cả năm",
            "GV",
            "Hình ảnh lớp",
          ],
        ])
      )
    );
    expect(actionRows(plan).map((action) => action.rowIndices)).toEqual([[1, 2, 3], [4]]);
    expect(actionRows(plan)[0]?.cells.weakness?.text).toBe("Thiết bị, đồ chơi thiếu và xuống cấp");
  });

  it("keeps a row with its own owner and deadline as a new action under the merged criterion", () => {
    const plan = planOf(
      doc(
        table([
          HEADER,
          [
            "1",
            restart("Tiêu chí 2.2: Đối với giáo viên"),
            "GV chưa đồng đều",
            "Dự giờ",
            "Tổ CM",
            "10/2022",
          ],
          ["2", continued(), "", "Thao giảng", "PHT", "11/2022"],
          ["3", "", "", "Bồi dưỡng CNTT", "HT", "12/2022"],
        ])
      )
    );
    const rows = actionRows(plan);
    expect(
      rows.map((action) => [action.rowIndex, action.criterionCode, action.criterionSource])
    ).toEqual([
      [1, "2.2", "code-cell"],
      [2, "2.2", "code-cell"],
      [3, "2.2", "code-cell"],
    ]);
    expect(rows[1]?.criterionCell?.location).toEqual({ tableIndex: 0, rowIndex: 1, cellIndex: 1 });
  });

  it("reads an empty row as empty", () => {
    const plan = planOf(
      doc(table([HEADER, ["", "", "", "", "", ""], ["1", "2.2", "x", "Dự giờ", "HT", "9/2022"]]))
    );
    expect(kinds(plan.rows)).toEqual(["empty", "action"]);
  });
});

describe("shifted and uneven rows", () => {
  const header = ["TT", "Tiêu chí", "Hiện trạng", "Giải pháp", "Chủ trì", "Thời gian", "Kinh phí"];

  it("puts the cells of a row missing a middle cell back under their columns", () => {
    const plan = planOf(
      doc(
        table([
          header,
          [
            "1",
            "Tiêu chí 3.2",
            "Xây dựng KH lộ trình mở rộng diện tích đất",
            "CBQL",
            "9/2022",
            "Không",
          ],
        ])
      )
    );
    const [action] = actionRows(plan);
    expect(action?.cells.weakness).toBeUndefined();
    expect(action?.cells.action?.text).toBe("Xây dựng KH lộ trình mở rộng diện tích đất");
    expect(action?.cells.owner?.text).toBe("CBQL");
    expect(action?.cells.deadline?.text).toBe("9/2022");
    expect(action?.cells.cost?.text).toBe("Không");
    expect(action?.cells.owner?.location.cellIndex).toBe(3);
  });

  it("reads a row short at its end as missing its last cells", () => {
    const plan = planOf(
      doc(
        table([
          header,
          [
            "1",
            "Tiêu chí 3.2",
            "Thiếu phòng học ngoại ngữ",
            "Tham mưu xây thêm phòng",
            "CBQL",
            "9/2022",
          ],
        ])
      )
    );
    expect(actionRows(plan)[0]?.cells).toMatchObject({
      owner: { text: "CBQL" },
      deadline: { text: "9/2022" },
    });
    expect(actionRows(plan)[0]?.cells.cost).toBeUndefined();
  });

  it("maps cells by grid overlap across gridBefore and spans", () => {
    const plan = planOf(
      doc(
        table([
          header,
          row(
            [
              "Tiêu chí 1.1",
              "Thiếu chiến lược",
              span("Xây dựng chiến lược", 1),
              "HT",
              "9/2022",
              "",
            ],
            { gridBefore: 1 }
          ),
          ["2", "Tiêu chí 1.2", span("Kiện toàn hội đồng trường", 2), "HT", "10/2022", ""],
        ])
      )
    );
    const [first, second] = actionRows(plan);
    expect(first?.criterionCode).toBe("1.1");
    expect(first?.numberText).toBeUndefined();
    expect(first?.cells.owner?.text).toBe("HT");
    expect(second?.cells.weakness?.text).toBe("Kiện toàn hội đồng trường");
    expect(second?.cells.action).toBeUndefined();
    expect(second?.cells.owner?.text).toBe("HT");
  });
});
