/** Level, standard and criterion labels as plans write them. */
import {
  findCriterionMention,
  readCriterionLabel,
  readLevelLabel,
  readStandardLabel,
} from "../../../src/core/recognize";

describe("readLevelLabel", () => {
  it.each([
    ["MỨC 1, 2, 3", [1, 2, 3]],
    ["Mức 4: Không có", [4]],
    ["MỨC 4", [4]],
    ["Mức 1 và 2", [1, 2]],
    ["MỨC I, II, III", [1, 2, 3]],
    ["MỨC 1, MỨC 2, MỨC 3", [1, 2, 3]],
    ["Mức độ 1, 2, 3", [1, 2, 3]],
    ["MỨC 1 - 3", [1, 2, 3]],
    ["Mức 1 đến mức 3:", [1, 2, 3]],
  ])("%s", (text, levels) => {
    expect(readLevelLabel(text)).toEqual(levels);
  });

  it("rejects other uses of 'mức'", () => {
    expect(readLevelLabel("Mức độ hoàn thành")).toBeUndefined();
    expect(readLevelLabel("Mức đóng góp thấp")).toBeUndefined();
  });
});

describe("readStandardLabel", () => {
  it.each([
    [
      "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên",
      "2",
      "Cán bộ quản lý, giáo viên, nhân viên",
    ],
    ["1. Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "1", "Tổ chức và quản lý nhà trường"],
    ["2, Tiêu chuẩn 2: Cán bộ quản lý", "2", "Cán bộ quản lý"],
    ["Tiêu chuẩn 3. Cơ sở vật chất", "3", "Cơ sở vật chất"],
    ["TIÊU CHU ẨN 4 - Quan hệ", "4", "Quan hệ"],
    ["Tiêu chuẩn II", "2", ""],
  ])("%s", (text, code, title) => {
    expect(readStandardLabel(text)).toEqual({ code, title });
  });

  it("does not take a mistyped criterion for a standard", () => {
    expect(readStandardLabel("Tiêu chuẩn 3.4. Khối phòng tổ chức ăn")).toBeUndefined();
    expect(readStandardLabel("Tiêu chuẩn đánh giá")).toBeUndefined();
  });
});

describe("readCriterionLabel and findCriterionMention", () => {
  it.each([
    ["2.3", { code: "2.3" }],
    ["TC 2.3", { code: "2.3" }],
    ["Tiêu chí 2.3: Đối với nhân viên", { code: "2.3", title: "Đối với nhân viên" }],
    ["2.3. Đối với nhân viên", { code: "2.3", title: "Đối với nhân viên" }],
    ["Tiêu chuẩn 3.4. Khối phòng tổ chức ăn", { code: "3.4", title: "Khối phòng tổ chức ăn" }],
    ["1.10", { code: "1.10" }],
  ])("%s", (text, label) => {
    expect(readCriterionLabel(text)).toEqual(label);
  });

  it("finds 'Tiêu chí 2.3' at the start of a line in any cell, not a bare number", () => {
    expect(findCriterionMention("Nội dung:\nTiêu chí 1.4: Tự đánh giá")).toEqual({
      code: "1.4",
      title: "Tự đánh giá",
    });
    expect(findCriterionMention("Chi 1.5 triệu đồng")).toBeUndefined();
    expect(findCriterionMention("Xây dựng kế hoạch")).toBeUndefined();
  });
});
