/** Vietnamese, the command line's default language. */
import type { UsageProblem } from "../args/invocation";
import type { CliStrings } from "./strings";

function usageProblem(problem: UsageProblem): string {
  switch (problem.kind) {
    case "unknown-option":
      return `Không có tùy chọn “${problem.option}”.`;
    case "missing-value":
      return `Tùy chọn “${problem.option}” cần một giá trị.`;
    case "unexpected-value":
      return `Tùy chọn “${problem.option}” không nhận giá trị.`;
    case "missing-command":
      return "Chưa chọn lệnh (check, report hoặc new).";
    case "unknown-command":
      return `Không có lệnh “${problem.command}” (các lệnh: check, report, new, help).`;
    case "invalid-value":
      return `Giá trị “${problem.value}” của ${problem.option} không hợp lệ; chọn một trong: ${problem.allowed.join(", ")}.`;
    case "missing-option":
      return `Thiếu tùy chọn ${problem.option}.`;
    case "missing-inputs":
      return "Chưa chỉ ra tệp .docx hoặc thư mục cần kiểm tra.";
    case "one-input-expected":
      return problem.given === 0
        ? "Chưa chỉ ra tệp kế hoạch .docx."
        : `Lệnh này nhận đúng một tệp kế hoạch (đã nhận ${problem.given}).`;
    case "unexpected-arguments":
      return `Không cần các đối số: ${problem.arguments.join(" ")}.`;
    case "in-place-with-output":
      return "Dùng --in-place (sửa ngay tệp gốc) hoặc -o TỆP_MỚI, không dùng cả hai.";
  }
}

const GENERAL_HELP = `kdcl — kiểm tra và hoàn thiện Kế hoạch cải tiến chất lượng giáo dục (tệp .docx)

Cách dùng:
  kdcl check TỆP_HOẶC_THƯ_MỤC... [--json] [--no-progress] [--level CẤP] [--framework KHUNG]
  kdcl report TỆP.docx -o TỆP_MỚI.docx [--force] [--in-place]
  kdcl new --level CẤP [--criteria 1.1,2.3] [--framework KHUNG] -o TỆP_MỚI.docx [--force]
  kdcl help LỆNH

Lệnh:
  check    kiểm tra kế hoạch trong các tệp .docx (thư mục: mọi tệp .docx bên trong)
  report   thêm hoặc cập nhật phụ lục báo cáo kết quả thực hiện kế hoạch, ghi ra tệp mới
  new      tạo kế hoạch mới có sẵn bảng kế hoạch theo thông tư của cấp học

Tùy chọn chung:
  --lang vi|en     ngôn ngữ hiển thị (mặc định: vi)
  -h, --help       trợ giúp
  -v, --version    phiên bản

CẤP: mn (mầm non), th (tiểu học), thcs-thpt (THCS, THPT, trường nhiều cấp học).
KHUNG: 2018 (Thông tư 17, 18, 19/2018/TT-BGDĐT, mặc định) hoặc tt57.

Mã thoát: 0 — không có lỗi; 1 — kế hoạch có lỗi (report: không có kế hoạch);
2 — không đọc được tệp, không ghi được, hoặc gọi lệnh sai.
`;

const CHECK_HELP = `kdcl check TỆP_HOẶC_THƯ_MỤC... [tùy chọn]

Kiểm tra kế hoạch trong từng tệp .docx. Thư mục được duyệt cả thư mục con (bỏ qua tệp ẩn và
tệp khóa “~$…” của Word), theo thứ tự tên. Không ghi gì vào tệp.

Tùy chọn:
  --json             in đúng một tài liệu JSON ra stdout (để xử lý bằng máy)
  --no-progress      không hiện thanh tiến trình
  --level CẤP        coi mọi kế hoạch là của cấp mn, th hoặc thcs-thpt
  --framework KHUNG  2018 hoặc tt57

Mã thoát: 0 — không có lỗi; 1 — có ít nhất một lỗi; 2 — có tệp không đọc được.

Ví dụ:
  kdcl check ke-hoach.docx
  kdcl check "Kế hoạch các trường/" --json > ket-qua.json
`;

const REPORT_HELP = `kdcl report TỆP.docx -o TỆP_MỚI.docx [tùy chọn]

Thêm phụ lục “Báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng” vào cuối bản sao của kế
hoạch, hoặc cập nhật phụ lục đã có theo bảng kế hoạch mà không mất nội dung đã điền.
Tệp gốc không bị sửa.

Tùy chọn:
  -o, --output TỆP   tệp ghi ra (không được trùng tệp gốc)
  -f, --force        ghi đè TỆP nếu đã có
  --in-place         sửa ngay tệp gốc (không dùng cùng -o)
  --level CẤP        mn, th hoặc thcs-thpt
  --framework KHUNG  2018 hoặc tt57

Mã thoát: 0 — đã ghi; 1 — không có kế hoạch trong tệp; 2 — không đọc hoặc không ghi được.

Ví dụ:
  kdcl report ke-hoach.docx -o ke-hoach-co-phu-luc.docx
`;

const NEW_HELP = `kdcl new --level CẤP -o TỆP_MỚI.docx [tùy chọn]

Tạo một kế hoạch mới: quốc hiệu, tiêu đề, các mục I–IV, bảng kế hoạch theo thông tư của cấp học
và phần ký. Những chỗ “…” để trống cho nhà trường điền.

Tùy chọn:
  --level CẤP         mn, th hoặc thcs-thpt (bắt buộc)
  --criteria MÃ,...   các tiêu chí cần cải tiến, ví dụ 1.1,2.3 (mặc định: mỗi tiêu chuẩn một dòng trống)
  --framework KHUNG   2018 (mặc định) hoặc tt57
  -o, --output TỆP    tệp ghi ra
  -f, --force         ghi đè TỆP nếu đã có

Ví dụ:
  kdcl new --level th --criteria 1.1,2.3 -o ke-hoach-cai-tien.docx
`;

export const vi: CliStrings = {
  severity: { error: "Lỗi", warning: "Cảnh báo", tip: "Gợi ý" },
  levels: { mn: "mầm non", th: "tiểu học", "thcs-thpt": "THCS, THPT" },
  frameworks: { "2018": "Thông tư 2018", tt57: "Thông tư 57" },
  usageProblem,
  seeHelp: (topic) => `Xem hướng dẫn: kdcl help${topic ? ` ${topic}` : ""}`,
  help: {
    general: GENERAL_HELP,
    usageLabel: "Cách dùng",
    synopsis: "kdcl <check|report|new|help> [tùy chọn] ...",
    commands: { check: CHECK_HELP, report: REPORT_HELP, new: NEW_HELP },
  },
  check: {
    columns: {
      severity: "Mức",
      rule: "Quy tắc",
      location: "Vị trí",
      criterion: "Tiêu chí",
      message: "Nội dung",
    },
    location: (table, row) => {
      if (table === undefined) return "—";
      return row === undefined ? `bảng ${table}` : `bảng ${table}, dòng ${row}`;
    },
    planLine: ({ level, schoolYear, planNumber, rows, complete }) =>
      [
        `Kế hoạch ${vi.levels[level]}`,
        schoolYear ? `năm học ${schoolYear}` : "chưa rõ năm học",
        planNumber ? `số ${planNumber}` : "chưa có số",
        `${rows} dòng công việc`,
        `${complete}/${rows} dòng đầy đủ`,
      ].join(" · "),
    noFindings: "Không phát hiện vấn đề nào.",
    unreadable: (message) => `Không đọc được: ${message}`,
    missingInput: (path) => `Không tìm thấy tệp hoặc thư mục “${path}”.`,
    emptyDirectory: (path) => `Thư mục “${path}” không có tệp .docx nào.`,
    notAFile: (path) => `“${path}” không phải tệp hay thư mục.`,
    folderGiven: (path) => `“${path}” là thư mục; hãy chỉ ra một tệp kế hoạch .docx.`,
    tooLarge: (path, limit) =>
      `Tệp “${path}” quá lớn (trên ${limit} MB), không mở để tránh treo máy.`,
    unexpected: (path, detail) => `Lỗi không mong đợi khi đọc tệp “${path}” (${detail}).`,
    summaryTitle: "Tổng kết",
    summaryFiles: ({ files, plans, withErrors, unreadable }) =>
      `Đã kiểm tra ${files} tệp · tìm thấy ${plans} kế hoạch · ${withErrors} tệp có lỗi` +
      (unreadable > 0 ? ` · ${unreadable} tệp không đọc được` : ""),
    summaryFindings: (counts) =>
      `Phát hiện: ${counts.error} lỗi, ${counts.warning} cảnh báo, ${counts.tip} gợi ý`,
    mostCommonTitle: "Thường gặp nhất:",
  },
  files: {
    outputExists: (path) =>
      `Không ghi: tệp “${path}” đã có. Chọn tên khác, hoặc thêm --force để ghi đè.`,
    writeFailed: (path, detail) => `Không ghi được tệp “${path}” (${detail}).`,
  },
  report: {
    created: ({ label, rows, layout }) =>
      `Đã thêm ${label} (${layout}) ở cuối văn bản: ${rows} dòng theo bảng kế hoạch.`,
    refreshed: ({ rows, kept, updated, added, orphaned }) =>
      `Đã cập nhật phụ lục đã có: ${rows} dòng theo kế hoạch; giữ nguyên ${kept} ô đã điền; ` +
      `cập nhật ${updated} ô theo kế hoạch; thêm ${added} dòng mới; ` +
      `${orphaned} dòng không còn trong kế hoạch (giữ lại, có ghi chú).`,
    unchanged: "Phụ lục đã khớp với kế hoạch, không cần thay đổi.",
    layouts: {
      report: "mẫu báo cáo kết quả thực hiện",
      monitoring: "mẫu theo dõi thực hiện",
    },
    noticesTitle: "Lưu ý:",
    headingTitle: "Tiêu đề phụ lục so với kế hoạch:",
    wrote: (path) => `Đã ghi “${path}”.`,
    wroteCopy: (path) => `Đã ghi bản sao không thay đổi: “${path}”.`,
    sameAsInput: (path) =>
      `Không ghi: “${path}” chính là tệp gốc. Chọn tên khác với -o, hoặc dùng --in-place để sửa ngay tệp gốc.`,
    editFailed: (message) => `Không thêm được phụ lục: ${message}`,
  },
  new: {
    unknownCriteria: (codes, catalog) => `Không có tiêu chí ${codes.join(", ")} trong ${catalog}.`,
    created: ({ path, level, circular, criteria }) =>
      `Đã tạo “${path}”: kế hoạch trường ${level} theo Thông tư ${circular}, ` +
      (criteria > 0 ? `${criteria} tiêu chí.` : "mỗi tiêu chuẩn một dòng trống."),
    nextSteps:
      "Điền các chỗ “…” (tên trường, số, ngày, năm học, nội dung từng dòng), rồi kiểm tra bằng: kdcl check TỆP",
  },
};
