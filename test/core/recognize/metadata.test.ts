/** Plan metadata from paragraphs and layout tables: number, date, place, year, school, level, signer, monitor. */
import type { AnalyzeOptions } from "../../../src/core/analyze/types";
import type { PlanMetadata } from "../../../src/core/model/plan";
import { recognizePlans } from "../../../src/core/recognize";
import { doc, p, table, type BlockInput } from "../support/document-builder";

const PLAN_TABLE = table([
  ["TT", "Tiêu chí", "Giải pháp", "Người thực hiện", "Thời gian"],
  ["1", "Tiêu chí 2.2", "Dự giờ", "Tổ CM", "10/2022"],
]);

function metadataOf(blocks: BlockInput[], options: AnalyzeOptions = {}): PlanMetadata {
  const plan = recognizePlans(doc(...blocks), options).plans[0];
  if (!plan) throw new Error("no plan");
  return plan.metadata;
}

describe("number, date and place", () => {
  it("reads them from a layout table at the top", () => {
    const metadata = metadataOf([
      table([
        ["UBND XÃ NINH GIANG\nTRƯỜNG MN LIÊM HẢI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["Số: 12/KH-MNLH", "Ninh Giang, ngày 06 tháng 4 năm 2026"],
      ]),
      p("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"),
      PLAN_TABLE,
    ]);
    expect(metadata.planNumber).toEqual({ text: "12/KH-MNLH", blank: false, blockIndex: 0 });
    expect(metadata.date).toEqual({
      day: 6,
      month: 4,
      year: 2026,
      text: "ngày 06 tháng 4 năm 2026",
      blockIndex: 0,
    });
    expect(metadata.place).toBe("Ninh Giang");
    expect(metadata.schoolName).toBe("TRƯỜNG MN LIÊM HẢI");
  });

  it("reads a number left blank with dots", () => {
    expect(metadataOf([p("Số: ……/KH-THCS"), PLAN_TABLE]).planNumber).toMatchObject({
      blank: true,
      text: "……/KH-THCS",
    });
  });

  it("reads a date written with slashes and a symbol with a dot", () => {
    const metadata = metadataOf([
      p("Số: 97/KH-MNPL.CM"),
      p("Pom Lót, ngày 27/10/2021"),
      p("KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"),
      PLAN_TABLE,
    ]);
    expect(metadata.planNumber?.text).toBe("97/KH-MNPL.CM");
    expect(metadata.date).toMatchObject({
      day: 27,
      month: 10,
      year: 2021,
      text: "ngày 27/10/2021",
    });
    expect(metadata.place).toBe("Pom Lót");
    expect(metadataOf([p("Số: 97/KH-MNPL."), PLAN_TABLE]).planNumber?.text).toBe("97/KH-MNPL");
  });

  it("does not take a cited document's date for the plan's", () => {
    const metadata = metadataOf([
      p("Căn cứ Kế hoạch số 59/KH-MN ngày 22 tháng 9 năm 2022 của Trường;"),
      p("Căn cứ Công văn ngày 10 tháng 9 năm 2022;"),
      PLAN_TABLE,
    ]);
    expect(metadata.date).toBeUndefined();
    expect(metadata.planNumber).toBeUndefined();
  });
});

describe("school year", () => {
  it("comes from the title block, not the first school year mentioned", () => {
    const metadata = metadataOf([
      p("Kết quả tự đánh giá năm học 2020-2021"),
      p("KẾ HOẠCH"),
      p("CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"),
      p("NĂM HỌC 2021 - 2022"),
      p("I. CĂN CỨ"),
      p("Báo cáo năm học 2019-2020"),
      PLAN_TABLE,
    ]);
    expect(metadata.schoolYear).toEqual({
      startYear: 2021,
      endYear: 2022,
      text: "NĂM HỌC 2021 - 2022",
      blockIndex: 3,
    });
  });

  it("reads 'Năm học: 2025 – 2026' on its own line when there is no title", () => {
    expect(metadataOf([p("Năm học: 2025 – 2026"), PLAN_TABLE]).schoolYear).toMatchObject({
      startYear: 2025,
    });
  });
});

describe("school level", () => {
  it("prefers the user's choice, then a cited circular, then the school's name, then the default", () => {
    const named = [p("TRƯỜNG TIỂU HỌC LIÊM HẢI"), p("KẾ HOẠCH"), PLAN_TABLE];
    const cited = [...named.slice(0, 2), p("Căn cứ Thông tư số 19/2018/TT- BGDDĐT;"), PLAN_TABLE];
    expect(metadataOf(cited)).toMatchObject({
      level: "mn",
      levelSource: "circular",
      catalogId: "tt19-mn",
    });
    expect(metadataOf(named)).toMatchObject({
      level: "th",
      levelSource: "school-name",
      catalogId: "tt17-th",
    });
    expect(metadataOf([PLAN_TABLE])).toMatchObject({ level: "mn", levelSource: "default" });
    expect(metadataOf([PLAN_TABLE], { defaultLevel: "thcs-thpt" })).toMatchObject({
      level: "thcs-thpt",
    });
    expect(metadataOf(cited, { level: "thcs-thpt" })).toMatchObject({
      level: "thcs-thpt",
      levelSource: "user",
      catalogId: "tt18-thcs-thpt",
    });
    expect(metadataOf(named, { framework: "tt57" })).toMatchObject({ catalogId: "tt57-pt" });
  });

  it("reads the school's name from the closing sentence when the header has none", () => {
    const metadata = metadataOf([
      PLAN_TABLE,
      p(
        "Trên đây là kế hoạch cải tiến chất lượng giáo dục của trường mầm non xã Pom Lót trong năm học 2021-2022."
      ),
    ]);
    expect(metadata.schoolName).toBe("trường mầm non xã Pom Lót");
    expect(metadata.levelSource).toBe("school-name");
  });
});

describe("signer", () => {
  it("reads a deputy signing for the principal, past the '(Đã ký)' line", () => {
    const metadata = metadataOf([
      PLAN_TABLE,
      table([
        [
          "Nơi nhận:\n- Lưu: VT.",
          "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n(Đã ký)\n\nVũ Thị Thanh Huyền",
        ],
      ]),
    ]);
    expect(metadata.signer).toEqual({
      title: "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG",
      name: "Vũ Thị Thanh Huyền",
    });
  });

  it("stops at the appendix: the plan's signer, not the appendix's", () => {
    const metadata = metadataOf([
      PLAN_TABLE,
      p("HIỆU TRƯỞNG"),
      p("Vũ Thị Thanh Huyền"),
      p("PHỤ LỤC 2"),
      p("Số: 9/KH-MNPL"),
      p("PHÓ HIỆU TRƯỞNG"),
      p("Nguyễn Thị Hiến"),
    ]);
    expect(metadata.signer).toEqual({ title: "HIỆU TRƯỞNG", name: "Vũ Thị Thanh Huyền" });
  });
});

describe("plan-level monitor", () => {
  function monitorOf(lines: string[]): string | undefined {
    return metadataOf([PLAN_TABLE, ...lines.map((line) => p(line))]).monitorAssignment?.text;
  }

  it("reads a body named to monitor", () => {
    expect(
      monitorOf([
        "IV. TỔ CHỨC THỰC HIỆN",
        "1. Hiệu trưởng",
        "- Chỉ đạo chung",
        "3. Tổ Giám sát kế hoạch cải tiến chất lượng (báo cáo định kỳ):",
      ])
    ).toBe("Tổ Giám sát kế hoạch cải tiến chất lượng");
    expect(
      monitorOf([
        "IV. TỔ CHỨC THỰC HIỆN",
        "- Ban Thanh tra nhân dân giám sát việc thực hiện kế hoạch.",
      ])
    ).toBe("Ban Thanh tra nhân dân");
  });

  it("reads someone given monitoring among their duties", () => {
    expect(
      monitorOf(["IV. TỔ CHỨC THỰC HIỆN", "Hiệu trưởng: Chỉ đạo chung, kiểm tra, giám sát"])
    ).toBe("Hiệu trưởng");
    expect(
      monitorOf([
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Hiệu trưởng – Chủ tịch Hội đồng",
        "- Xây dựng kế hoạch",
        "- Kiểm tra, giám sát các bộ phận",
      ])
    ).toBe("Hiệu trưởng");
    expect(
      monitorOf(["V. GIÁM SÁT VÀ ĐÁNH GIÁ", "Ban giám hiệu kiểm tra định kỳ hằng tháng"])
    ).toBe("Ban giám hiệu");
  });

  it("reads the abbreviations plans use for bodies and staff (plans.md)", () => {
    const section = (line: string) => monitorOf(["IV. TỔ CHỨC THỰC HIỆN", line]);
    expect(section("- CĐCS, TTND giám sát việc thực hiện kế hoạch.")).toBe("CĐCS");
    expect(section("- HĐT giám sát việc thực hiện kế hoạch.")).toBe("HĐT");
    expect(section("- TTCM giám sát việc thực hiện của tổ.")).toBe("TTCM");
    expect(section("- Ban ĐD CMHS giám sát việc thực hiện kế hoạch.")).toBe("Ban ĐD CMHS");
    expect(section("- TTND: giám sát việc thực hiện kế hoạch.")).toBe("TTND");
  });

  it("reads someone named as “đồng chí” or given monitoring with “Phân công”", () => {
    const section = (line: string) => monitorOf(["IV. TỔ CHỨC THỰC HIỆN", line]);
    expect(section("- Đ/c Phó hiệu trưởng: giám sát việc thực hiện kế hoạch.")).toBe(
      "Phó hiệu trưởng"
    );
    expect(
      section("- Đồng chí Vũ Thị Thanh Huyền – Phó hiệu trưởng giám sát việc thực hiện kế hoạch.")
    ).toBe("Vũ Thị Thanh Huyền");
    expect(section("- Phân công đồng chí Phó hiệu trưởng giám sát việc thực hiện kế hoạch.")).toBe(
      "Phó hiệu trưởng"
    );
  });

  it("reads a monitoring section headed “Công tác kiểm tra, giám sát”", () => {
    expect(
      monitorOf(["V. CÔNG TÁC KIỂM TRA, GIÁM SÁT", "- Ban giám hiệu kiểm tra định kỳ hằng tháng."])
    ).toBe("Ban giám hiệu");
  });

  it("finds nobody when nobody is named to monitor", () => {
    expect(
      monitorOf(["V. GIÁM SÁT VÀ ĐÁNH GIÁ", "Định kỳ kiểm tra theo tháng, học kỳ", "HIỆU TRƯỞNG"])
    ).toBeUndefined();
    expect(
      monitorOf([
        "IV. TỔ CHỨC THỰC HIỆN",
        "Hiệu trưởng: Chỉ đạo chung, kiểm tra, đánh giá",
        "Phó hiệu trưởng: theo dõi tiến độ",
      ])
    ).toBeUndefined();
    expect(
      monitorOf(["I. MỤC ĐÍCH", "Ban Thanh tra nhân dân giám sát việc thực hiện."])
    ).toBeUndefined();
  });
});
