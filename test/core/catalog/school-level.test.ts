import { inferLevelFromSchoolName } from "../../../src/core/catalog";
import { readSourceText } from "./shared-files";

describe("inferLevelFromSchoolName", () => {
  it.each([
    ["Trường mầm non Liêm Hải", "mn"],
    ["TRƯỜNG MN LIÊM HẢI", "mn"],
    ["Trường Mầm non 19/8", "mn"],
    ["Trường mẫu giáo Hoa Sen", "mn"],
    ["Trường MG Sơn Ca", "mn"],
    ["Trường mầm non xã Pom Lót".normalize("NFD"), "mn"],
    ["Trường tiểu học Kim Đồng", "th"],
    ["TRƯỜNG TH KIM ĐỒNG", "th"],
    ["Trường PTDTBT Tiểu học Pa Vệ Sử", "th"],
    ["Trường PTDTBT TH Pa Vệ Sử", "th"],
    ["Trường THCS Nguyễn Du", "thcs-thpt"],
    ["Trường trung học cơ sở Nguyễn Du", "thcs-thpt"],
    ["Trường THPT Chu Văn An", "thcs-thpt"],
    ["Trường trung học phổ thông Chu Văn An", "thcs-thpt"],
    ["Trường TH&THCS Xuân Lộc", "thcs-thpt"],
    ["Trường TH và THCS Xuân Lộc", "thcs-thpt"],
    ["Trường Tiểu học và Trung học cơ sở Xuân Lộc", "thcs-thpt"],
    ["Trường THCS&THPT Võ Thị Sáu", "thcs-thpt"],
    ["Trường phổ thông có nhiều cấp học Hermann Gmeiner", "thcs-thpt"],
    ["Trường PTDTBT THCS Trà Leng", "thcs-thpt"],
    ["Trường PTDTBT TH&THCS Trà Leng", "thcs-thpt"],
    ["Trường PTDTNT huyện Mường Nhé", "thcs-thpt"],
    ["Trường phổ thông Năng khiếu", "thcs-thpt"],
  ])("%s → %s", (name, level) => {
    expect(inferLevelFromSchoolName(name)).toBe(level);
  });

  it.each([
    ["a bare semi-boarding school", "Trường PTDTBT Trà Leng"],
    ["a mầm non–tiểu học school", "Trường MN & TH Hoa Hồng"],
    ["a GDTX centre", "Trung tâm GDNN-GDTX huyện"],
    ["no school at all", "Phòng Giáo dục và Đào tạo"],
    ["a plan number", "97/KH-MNPL"],
    ["nothing", ""],
  ])("does not guess for %s", (_label, name) => {
    expect(inferLevelFromSchoolName(name)).toBeUndefined();
  });

  it("reads the school line of a fixture", () => {
    const text = readSourceText("mn-liem-hai-2025");
    const schoolLine = text.split("\n").find((line) => /^TRƯỜNG /.test(line)) ?? "";
    expect(inferLevelFromSchoolName(schoolLine)).toBe("mn");
  });
});
