import {
  getCatalog,
  matchCriterionTitle,
  matchStandardTitle,
  type TitleMatch,
} from "../../../src/core/catalog";
import { readSourceText } from "./shared-files";

const mn = getCatalog("tt19-mn");
const th = getCatalog("tt17-th");

function codeOf(match: TitleMatch): string | undefined {
  if (match.verdict === "empty") return undefined;
  if (match.verdict === "unrelated") return match.closest?.code;
  return match.candidate.code;
}

describe("matchCriterionTitle: exact under the tolerant key", () => {
  it.each([
    ["case", "ĐỐI VỚI NHÂN VIÊN", "2.3"],
    ["NFD input", "Đối với nhân viên".normalize("NFD"), "2.3"],
    [
      "old tone placement (uỷ)",
      "Công tác tham mưu cấp uỷ đảng, chính quyền và phối hợp với các tổ chức, cá nhân của nhà trường",
      "4.2",
    ],
    ["old tone placement (khoẻ)", "Kết quả nuôi dưỡng và chăm sóc sức khoẻ", "5.3"],
    ["en dash for hyphen", "Khối phòng hành chính – quản trị", "3.3"],
    ["no spaces around the dash", "Khối phòng hành chính-quản trị", "3.3"],
    ["spacing and a line break", "  Khối phòng  tổ chức\năn ", "3.4"],
    [
      "a trailing full stop",
      "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập.",
      "3.2",
    ],
    ["a space before a comma", "Thiết bị , đồ dùng , đồ chơi", "3.5"],
  ])("tolerates %s", (_label, written, code) => {
    for (const given of [code, undefined]) {
      const match = matchCriterionTitle(mn, written, given);
      expect(match).toMatchObject({ verdict: "exact", codeMismatch: false });
      expect(codeOf(match)).toBe(code);
    }
  });

  it("accepts TT17 3.1's alternative wording and reports the official title", () => {
    const match = matchCriterionTitle(th, "Khuôn viên, khu sân chơi, sân tập", "3.1");
    expect(match).toMatchObject({
      verdict: "exact",
      codeMismatch: false,
      candidate: {
        code: "3.1",
        officialTitle: "Khuôn viên, sân chơi, sân tập",
        matchedWording: "Khuôn viên, khu sân chơi, sân tập",
      },
    });
  });

  it("reads the given code tolerantly", () => {
    expect(matchCriterionTitle(mn, "Đối với nhân viên", "2.03")).toMatchObject({
      verdict: "exact",
      codeMismatch: false,
    });
  });
});

describe("matchCriterionTitle: near misses", () => {
  it('says "did you mean 3.2" for "Khó khăn nhóm trẻ …"', () => {
    const written = "Khó khăn nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập";
    for (const given of ["3.2", undefined]) {
      const match = matchCriterionTitle(mn, written, given);
      expect(match).toMatchObject({
        verdict: "misspelled",
        accentsOnly: false,
        codeMismatch: false,
      });
      expect(codeOf(match)).toBe("3.2");
      if (match.verdict === "misspelled") {
        expect(match.candidate.distance).toBeGreaterThan(0);
        expect(match.candidate.similarity).toBeGreaterThan(0.8);
        expect(match.candidate.officialTitle).toBe(
          "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập"
        );
      }
    }
  });

  it("still finds it when the input is NFD and upper case", () => {
    const written = "KHÓ KHĂN NHÓM TRẺ, LỚP MẪU GIÁO VÀ KHỐI PHÒNG PHỤC VỤ HỌC TẬP".normalize(
      "NFD"
    );
    expect(codeOf(matchCriterionTitle(mn, written))).toBe("3.2");
  });

  it("recognises a title typed without diacritics", () => {
    expect(matchCriterionTitle(mn, "Doi voi nhan vien", "2.3")).toMatchObject({
      verdict: "misspelled",
      accentsOnly: true,
      codeMismatch: false,
    });
    expect(codeOf(matchCriterionTitle(mn, "khoi phong to chuc an"))).toBe("3.4");
  });

  it("recognises a title cut short or without its parenthetical", () => {
    expect(matchCriterionTitle(mn, "Hội đồng trường", "1.2")).toMatchObject({
      verdict: "truncated",
    });
    expect(codeOf(matchCriterionTitle(mn, "Hội đồng trường"))).toBe("1.2");
    expect(matchCriterionTitle(mn, "Hội đồng trường và các hội đồng khác")).toMatchObject({
      verdict: "truncated",
      candidate: { code: "1.2" },
    });
    expect(matchCriterionTitle(mn, "Phương hướng, chiến lược xây dựng")).toMatchObject({
      verdict: "truncated",
      candidate: { code: "1.1" },
    });
  });

  it("does not take a shared opening for a truncation without a code", () => {
    // "Tổ chức …" opens 1.3, 1.5 and 5.2.
    expect(matchCriterionTitle(mn, "Tổ chức").verdict).toBe("unrelated");
    expect(matchCriterionTitle(mn, "Tổ chức", "1.5")).toMatchObject({ verdict: "truncated" });
  });

  it("reports a title that belongs to another criterion than the code says", () => {
    expect(matchCriterionTitle(mn, "Đối với giáo viên", "2.3")).toMatchObject({
      verdict: "exact",
      codeMismatch: true,
      candidate: { code: "2.2" },
    });
    // A code the catalog does not have (mầm non has no 2.4).
    expect(matchCriterionTitle(mn, "Đối với nhân viên", "2.4")).toMatchObject({
      verdict: "exact",
      codeMismatch: true,
      candidate: { code: "2.3" },
    });
  });

  it("prefers the given code's title when it is about as close as another", () => {
    const match = matchCriterionTitle(mn, "Đối với nhân viênn", "2.3");
    expect(match).toMatchObject({ verdict: "misspelled", codeMismatch: false });
  });

  it("calls unrelated text unrelated, with the closest title for reference", () => {
    const match = matchCriterionTitle(mn, "Thư viện");
    expect(match.verdict).toBe("unrelated");
    expect(match.verdict === "unrelated" && match.closest?.similarity).toBeLessThan(0.75);
    expect(matchCriterionTitle(mn, "Hoạt động trải nghiệm hướng nghiệp", "5.4").verdict).toBe(
      "unrelated"
    );
  });

  it("honours a custom similarity threshold", () => {
    const written = "Khó khăn nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập";
    expect(matchCriterionTitle(mn, written, "3.2", { minSimilarity: 0.95 }).verdict).toBe(
      "unrelated"
    );
  });

  it("reports empty titles as empty", () => {
    for (const written of ["", "   ", " .\n", ";"]) {
      expect(matchCriterionTitle(mn, written, "2.3")).toEqual({ verdict: "empty" });
    }
  });
});

describe("matchStandardTitle", () => {
  it("recognises a truncated standard title as such", () => {
    for (const given of ["3", undefined]) {
      const match = matchStandardTitle(mn, "Cơ sở vật chất và thiết bị", given);
      expect(match).toMatchObject({
        verdict: "truncated",
        codeMismatch: false,
        candidate: { code: "3", officialTitle: "Cơ sở vật chất và thiết bị dạy học" },
      });
    }
  });

  it("matches exactly and reports mismatched codes", () => {
    expect(matchStandardTitle(mn, "cán bộ quản lý, giáo viên, nhân viên", "2")).toMatchObject({
      verdict: "exact",
      codeMismatch: false,
    });
    expect(matchStandardTitle(mn, "Cán bộ quản lý, giáo viên, nhân viên", "3")).toMatchObject({
      verdict: "exact",
      codeMismatch: true,
      candidate: { code: "2" },
    });
    // The 2018 tiểu học standard 2 adds "và học sinh": the mầm non wording is a truncation of it.
    expect(matchStandardTitle(th, "Cán bộ quản lý, giáo viên, nhân viên", "2")).toMatchObject({
      verdict: "truncated",
    });
  });
});

describe("titles written in the fixture plans", () => {
  it("mn-19-8: every criterion line matches its own code", () => {
    const text = readSourceText("mn-19-8-tap-huan-2022");
    const lines = [...text.matchAll(/^Tiêu (?:chí|chuẩn) (\d+\.\d+)[.:] (.+)$/gm)];
    expect(lines.length).toBe(25);
    const verdicts = new Map<string, string>();
    for (const [, code = "", title = ""] of lines) {
      const match = matchCriterionTitle(mn, title, code);
      expect(match.verdict).not.toBe("unrelated");
      expect(codeOf(match)).toBe(code);
      expect(match.verdict !== "empty" && match.verdict !== "unrelated" && match.codeMismatch).toBe(
        false
      );
      verdicts.set(code, match.verdict);
    }
    // "Hội đồng trường" is cut short; 1.4 adds "trưởng" ("tổ trưởng chuyên môn").
    expect(verdicts.get("1.2")).toBe("truncated");
    expect(verdicts.get("1.4")).toBe("misspelled");
    // Case ("Việt nam"), en dash (3.3) and old tone placement (4.2 "uỷ", 5.3 "khoẻ") are exact.
    for (const code of ["1.3", "3.3", "4.2", "5.3"]) expect(verdicts.get(code)).toBe("exact");
  });

  it("mn-pom-lot: plan and appendix titles match, the appendix's slip is a 'did you mean'", () => {
    const text = readSourceText("mn-pom-lot-2021");
    const criteria = [...text.matchAll(/Tiêu chí (\d+\.\d+): ([^\t\n]+)/g)];
    expect(criteria.length).toBe(4);
    const verdicts = criteria.map(([, code = "", title = ""]) => {
      const match = matchCriterionTitle(mn, title, code);
      expect(codeOf(match)).toBe(code);
      return match.verdict;
    });
    expect(verdicts.filter((v) => v === "exact")).toHaveLength(3);
    expect(verdicts.filter((v) => v === "misspelled")).toHaveLength(1);

    const standards = [...text.matchAll(/Tiêu chuẩn (\d+): ([^<\t\n]+)/g)];
    expect(standards.length).toBeGreaterThanOrEqual(4);
    for (const [, code = "", title = ""] of standards) {
      expect(matchStandardTitle(mn, title, code)).toMatchObject({
        verdict: "exact",
        codeMismatch: false,
      });
    }
  });

  it("mn-liem-hai: standard headings match, standard 3's is truncated", () => {
    const text = readSourceText("mn-liem-hai-2025");
    const headings = [...text.matchAll(/^\d+[.,] Tiêu chuẩn (\d+): (.+)$/gm)];
    expect(headings.map(([, code]) => code)).toEqual(["1", "2", "3", "4", "5"]);
    for (const [, code = "", title = ""] of headings) {
      const match = matchStandardTitle(mn, title, code);
      expect(match).toMatchObject({ codeMismatch: false, candidate: { code } });
      expect(match.verdict).toBe(code === "3" ? "truncated" : "exact");
    }
  });
});
