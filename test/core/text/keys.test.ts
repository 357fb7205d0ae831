import { comparisonKey, compactKey, compactLooseKey, looseKey } from "../../../src/core/text";

const nfd = (text: string) => text.normalize("NFD");

describe("comparisonKey", () => {
  it.each([
    ["case", "Tổ chức Đảng Cộng sản Việt Nam", "TỔ CHỨC ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["NFC vs NFD", "Khối phòng tổ chức ăn", nfd("Khối phòng tổ chức ăn")],
    ["uỷ / ủy", "Công tác tham mưu cấp uỷ đảng", "Công tác tham mưu cấp ủy đảng"],
    ["hoà / hòa", "giáo dục hoà nhập", "giáo dục hòa nhập"],
    ["khoẻ / khỏe", "chăm sóc sức khoẻ", "chăm sóc sức khỏe"],
    ["thuỷ / thủy", "Thuỷ lợi", "Thủy lợi"],
    ["hoá / hóa", "mã hoá", "mã hóa"],
    ["hyphen vs en dash", "hành chính - quản trị", "hành chính – quản trị"],
    ["em dash and minus", "hành chính — quản trị", "hành chính − quản trị"],
    ["spaces around a dash", "hành chính-quản trị", "hành chính  –  quản trị"],
    ["non-breaking hyphen", "hành chính\u2011quản trị", "hành chính-quản trị"],
    ["spacing", "  Đối   với\tnhân\u00a0viên ", "Đối với nhân viên"],
    ["line breaks", "Đối với\nnhân viên", "Đối với nhân viên"],
    ["space before a comma", "Thiết bị , đồ dùng, đồ chơi", "Thiết bị, đồ dùng,đồ chơi"],
    ["trailing full stop", "Khối phòng tổ chức ăn.", "Khối phòng tổ chức ăn"],
    ["trailing semicolon and colon", "Kết quả giáo dục ;", "Kết quả giáo dục:"],
    ["curly vs straight double quotes", "“Trường học hạnh phúc”", '"Trường học hạnh phúc"'],
    ["curly vs straight single quotes", "‘a’", "'a'"],
    ["zero-width and soft hyphen", "Thư\u200b viện", "Thư vi\u00adện"],
  ])("tolerates %s", (_label, a, b) => {
    expect(comparisonKey(a)).toBe(comparisonKey(b));
  });

  it.each([
    ["a different tone", "Đối với giáo viên", "Đối với giáo viện"],
    ["a missing diacritic", "Đối với giáo viên", "Đối với giao viên"],
    ["đ vs d", "Đảng", "Dảng"],
    ["a different word", "Đối với giáo viên", "Đối với nhân viên"],
    ["a different number", "1.10", "1.1"],
    ["words run together", "Tiêu chuẩn", "Tiêuchuẩn"],
  ])("keeps apart %s", (_label, a, b) => {
    expect(comparisonKey(a)).not.toBe(comparisonKey(b));
  });

  it("is idempotent and NFC", () => {
    const key = comparisonKey("  Khối phòng hành chính – quản trị. ");
    expect(comparisonKey(key)).toBe(key);
    expect(key.normalize("NFC")).toBe(key);
  });

  it("returns an empty key for blank or punctuation-only text", () => {
    expect(comparisonKey("")).toBe("");
    expect(comparisonKey(" \n\t ")).toBe("");
    expect(comparisonKey(" . ; ")).toBe("");
  });
});

describe("looseKey", () => {
  it("drops every diacritic and maps đ to d", () => {
    expect(looseKey("Đối với giáo viên")).toBe("doi voi giao vien");
    expect(looseKey("ĐẢNG")).toBe(looseKey("dang"));
    expect(looseKey(nfd("Nguyễn Thị Hiến"))).toBe("nguyen thi hien");
  });

  it("still tolerates dashes, spacing and trailing punctuation", () => {
    expect(looseKey("Khối phòng hành chính – quản trị.")).toBe(
      looseKey("khoi phong hanh chinh-quan tri")
    );
  });
});

describe("compactKey", () => {
  it("joins words broken by stray spaces", () => {
    expect(compactKey("Tiêu chu ẩn")).toBe(compactKey("Tiêu chuẩn"));
    expect(compactKey("Tiêu chuẩ n")).toBe(compactKey("Tiêu chuẩn"));
    expect(compactKey("T iêu chuẩn")).toBe(compactKey("TIÊU CHUẨN"));
    expect(compactKey(nfd("Tiêu chu ẩn"))).toBe(compactKey("Tiêu chuẩn"));
  });

  it("keeps diacritics", () => {
    expect(compactKey("Tiêu chuẩn")).not.toBe(compactKey("Tieu chuan"));
  });
});

describe("compactLooseKey", () => {
  it("ignores spaces and diacritics together", () => {
    expect(compactLooseKey("Tiêu chu ẩn")).toBe("tieuchuan");
    expect(compactLooseKey("TIEU CHUAN")).toBe("tieuchuan");
    expect(compactLooseKey("Thời gian thực hiện")).toBe("thoigianthuchien");
  });
});
