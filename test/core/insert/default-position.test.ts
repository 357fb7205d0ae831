import { defaultInsertPosition, isContentSectionHeading } from "../../../src/core/insert";
import { buildPlan, group, row, POM_LOT_COLUMNS } from "./support/plan-builder";
import { criterionLabel, standardLabel } from "./support/edits";

describe("defaultInsertPosition", () => {
  it("goes after the paragraph that opens the plan's content section", () => {
    const { document } = buildPlan("tt19-mn", [
      "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
      "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
      "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(defaultInsertPosition(document)).toEqual({ kind: "afterBlock", blockIndex: 2 });
  });

  it.each([
    "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
    "III. NỘI DUNG CẢI TIẾN CHẤT LƯỢNG",
    "3. Nội dung cải tiến chất lượng",
    "NỘI DUNG CẢI TIẾN",
    "III.NỘI DUNG KẾ HOẠCH",
    "III - Noi dung ke hoach cai tien chat luong",
  ])("recognises %j", (text) => {
    expect(isContentSectionHeading(text)).toBe(true);
  });

  it.each([
    "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG SAU TỰ ĐÁNH GIÁ",
    "IV. TỔ CHỨC THỰC HIỆN",
    "Nội dung cải tiến chất lượng được xây dựng dựa trên kết quả tự đánh giá của nhà trường trong năm học vừa qua, với sự tham gia của toàn thể cán bộ, giáo viên, nhân viên.",
  ])("does not take %j for the heading", (text) => {
    expect(isContentSectionHeading(text)).toBe(false);
  });

  it("goes at the end when there is no such heading", () => {
    const { document } = buildPlan("tt19-mn", ["KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU"]);
    expect(defaultInsertPosition(document)).toEqual({ kind: "end" });
  });

  it("goes after the plan's last table when the plan has tables", () => {
    const { document, plan } = buildPlan("tt19-mn", [
      "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
      {
        columns: POM_LOT_COLUMNS,
        rows: [
          group(standardLabel("tt19-mn", "2"), "1"),
          row("1", criterionLabel("tt19-mn", "2.3")),
        ],
      },
      "IV. TỔ CHỨC THỰC HIỆN",
    ]);
    expect(defaultInsertPosition(document, plan)).toEqual({ kind: "afterBlock", blockIndex: 1 });
  });
});
