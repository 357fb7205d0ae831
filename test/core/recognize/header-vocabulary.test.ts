/** The header vocabulary: loading, validation, and matching with the most specific synonym. */
import {
  HEADER_VOCABULARY,
  HeaderVocabularyError,
  appendixHeaderKind,
  matchHeader,
  parseHeaderVocabulary,
} from "../../../src/core/recognize";

describe("the header vocabulary data", () => {
  it("loads, with keys for every synonym", () => {
    expect(HEADER_VOCABULARY.synonyms.length).toBeGreaterThan(50);
    expect(HEADER_VOCABULARY.synonyms.every((synonym) => synonym.key.length > 0)).toBe(true);
  });

  it("rejects unknown roles, empty words, NFD text and duplicates", () => {
    const valid = {
      synonyms: [{ role: "owner", text: "Người thực hiện" }],
      appendixMarkers: ["ND kế hoạch"],
      appendixResultMarkers: ["Kết quả thực hiện"],
    };
    expect(() => parseHeaderVocabulary(valid)).not.toThrow();
    const withSynonyms = (synonyms: unknown[]) => ({ ...valid, synonyms });
    expect(() => parseHeaderVocabulary(withSynonyms([{ role: "boss", text: "Sếp" }]))).toThrow(
      HeaderVocabularyError
    );
    expect(() => parseHeaderVocabulary(withSynonyms([{ role: "owner", text: " - " }]))).toThrow(
      HeaderVocabularyError
    );
    expect(() =>
      parseHeaderVocabulary(
        withSynonyms([{ role: "owner", text: "Người thực hiện".normalize("NFD") }])
      )
    ).toThrow(HeaderVocabularyError);
    expect(() =>
      parseHeaderVocabulary(
        withSynonyms([
          { role: "owner", text: "Phụ trách" },
          { role: "monitor", text: "PHỤ  TRÁCH" },
        ])
      )
    ).toThrow(/repeats/);
  });
});

describe("matchHeader", () => {
  it.each([
    ["TT", "number"],
    ["STT", "number"],
    ["T", "number"],
    ["Tiêu chu ẩn", "standard"],
    ["Tiêu chí", "criterion"],
    ["Tiêu chuẩn, tiêu chí", "criterion"],
    ["Kết quả cần đạt (so với hiện trạng)", "weakness"],
    ["Kết quả cần đạt", "target"],
    ["Nội dung cần cải tiến", "weakness"],
    ["Nội dung kế hoạch", "weakness"],
    ["Mục tiêu", "target"],
    ["Chỉ số kết quả", "target"],
    ["Công việc/giải pháp cần thực hiện", "action"],
    ["Giải pháp/biện pháp", "action"],
    ["Nội dung công việc", "action"],
    ["Chủ trì và phối hợp thực hiện", "owner"],
    ["Người chịu trách nhiệm", "owner"],
    ["Bộ phận thực hiện", "owner"],
    ["Lực lượng thực hiện", "owner"],
    ["Phụ trách", "owner"],
    ["Phân công thực hiện", "owner"],
    ["Thời gian thực hiện và hoàn thành", "deadline"],
    ["Thời gian hoàn thành", "deadline"],
    ["Dự kiến thời gian", "deadline"],
    ["Tiến độ", "deadline"],
    ["Phân công giám sát", "monitor"],
    ["Người/bộ phận giám sát", "monitor"],
    ["Kiểm tra, giám sát", "monitor"],
    ["Thời điểm báo cáo", "reportTime"],
    ["Dự kiến kinh phí", "cost"],
    ["Nguồn lực", "cost"],
    ["Điều kiện hỗ trợ khác", "support"],
    ["Sản phẩm/minh chứng", "evidence"],
    ["Minh chứng dự kiến", "evidence"],
    ["Ghi chú", "note"],
    ["Mức độ", "status"],
  ])("%s → %s", (header, role) => {
    expect(matchHeader(header)?.role).toBe(role);
  });

  it("tolerates case, Unicode form, spacing, missing accents and small typos", () => {
    for (const header of [
      "THỜI GIAN THỰC HIỆN",
      "Thời gian thực hiện".normalize("NFD"),
      " Thời  gian\nthực hiện ",
      "Thoi gian thuc hien",
      "Thời gain thực hiện",
    ]) {
      expect(matchHeader(header)?.role).toBe("deadline");
    }
  });

  it("marks generic words as weak and leaves unknown headers unmatched", () => {
    expect(matchHeader("Thời gian")).toEqual({
      role: "deadline",
      weak: true,
      synonym: "Thời gian",
    });
    expect(matchHeader("Họ và tên")).toBeUndefined();
    expect(matchHeader("")).toBeUndefined();
    expect(matchHeader("Nhà trường không có nhân viên y tế. ".repeat(10))).toBeUndefined();
  });

  it("does not read 'T' inside longer words as the number column", () => {
    expect(matchHeader("Tổng")?.role).toBeUndefined();
  });
});

describe("appendixHeaderKind", () => {
  it("tells appendix-only words from a result column", () => {
    expect(appendixHeaderKind("ND Kế hoạch cải tiến chất lượng giáo dục năm học 2021-2022")).toBe(
      "marker"
    );
    expect(appendixHeaderKind("Những công việc đã triển khai xong theo đúng KH")).toBe("marker");
    expect(appendixHeaderKind("Kết quả thực hiện")).toBe("result");
    expect(appendixHeaderKind("Thời gian thực hiện")).toBeUndefined();
  });
});
