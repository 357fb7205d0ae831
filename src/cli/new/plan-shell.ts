/**
 * The text of a new plan around its table, as a principal starts one: issuer and national
 * heading, number and date, the title, sections I–II, the heading the table sits under, section
 * IV with who monitors, the recipients and the signature. Everything only the school knows is a
 * visible blank "…" — no school, person, number or date is made up. Citing the level's circular
 * is what tells `kdcl check` (and the task pane) which criteria catalog the plan follows.
 */
import type { Catalog } from "../../core/catalog";
import type { ParagraphSpec, SpecAlignment } from "../../core/edits/spec";
import type { SchoolLevel } from "../../core/model/level";

const BLANK = "……………………";

interface LineStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly alignment?: SpecAlignment;
  readonly sizePt?: number;
  readonly spacingAfterPt?: number;
}

function line(text: string, style: LineStyle = {}): ParagraphSpec {
  const { bold, italic, ...paragraph } = style;
  return {
    kind: "paragraph",
    runs: [{ text, ...(bold ? { bold } : {}), ...(italic ? { italic } : {}) }],
    alignment: paragraph.alignment ?? "justify",
    ...(paragraph.sizePt ? { sizePt: paragraph.sizePt } : {}),
    spacingAfterPt: paragraph.spacingAfterPt ?? 6,
  };
}

const HEADING: LineStyle = { bold: true, alignment: "left" };
const CENTERED_BOLD: LineStyle = { bold: true, alignment: "center", spacingAfterPt: 0 };

/**
 * Since July 2025 preschools and primary schools answer to the commune's People's Committee;
 * a lower secondary school does too, an upper secondary school to the provincial department.
 */
const ISSUER: Readonly<Record<SchoolLevel, string>> = {
  mn: `UBND XÃ (PHƯỜNG) ${BLANK}`,
  th: `UBND XÃ (PHƯỜNG) ${BLANK}`,
  "thcs-thpt": `UBND XÃ (PHƯỜNG) / SỞ GD&ĐT ${BLANK}`,
};

/** The school line names the kind of school, so the level reads from it as from a real plan. */
const SCHOOL: Readonly<Record<SchoolLevel, string>> = {
  mn: `TRƯỜNG MẦM NON ${BLANK}`,
  th: `TRƯỜNG TIỂU HỌC ${BLANK}`,
  "thcs-thpt": `TRƯỜNG THCS/THPT ${BLANK}`,
};

/** The 2018 circulars' own titles (all three signed on 22/8/2018). */
const SCHOOLS_COVERED: Readonly<Record<SchoolLevel, string>> = {
  mn: "trường mầm non",
  th: "trường tiểu học",
  "thcs-thpt":
    "trường trung học cơ sở, trường trung học phổ thông và trường phổ thông có nhiều cấp học",
};

function circularCitation(catalog: Catalog, level: SchoolLevel): string {
  if (catalog.framework === "2018") {
    return (
      `- Thông tư số ${catalog.circular} ngày 22/8/2018 của Bộ trưởng Bộ Giáo dục và Đào tạo ` +
      `ban hành Quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia đối với ` +
      `${SCHOOLS_COVERED[level]};`
    );
  }
  return `- Thông tư số ${catalog.circular} của Bộ trưởng Bộ Giáo dục và Đào tạo ${BLANK};`;
}

/** Everything above the plan table, on portrait pages. */
export function openingBlocks(catalog: Catalog, level: SchoolLevel): ParagraphSpec[] {
  return [
    line(ISSUER[level], { alignment: "left", spacingAfterPt: 0 }),
    line(SCHOOL[level], { bold: true, alignment: "left", spacingAfterPt: 12 }),
    line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CENTERED_BOLD),
    line("Độc lập - Tự do - Hạnh phúc", { ...CENTERED_BOLD, spacingAfterPt: 12 }),
    line(`Số: ……/KH-……`, { alignment: "left", spacingAfterPt: 0 }),
    line(`${BLANK}, ngày …… tháng …… năm ……`, {
      italic: true,
      alignment: "right",
      spacingAfterPt: 12,
    }),
    line("KẾ HOẠCH", { ...CENTERED_BOLD, sizePt: 14 }),
    line("Cải tiến chất lượng giáo dục", { ...CENTERED_BOLD, sizePt: 14 }),
    line(`Năm học ${BLANK}`, { ...CENTERED_BOLD, spacingAfterPt: 12 }),
    line("I. MỤC ĐÍCH, YÊU CẦU", HEADING),
    line(`1. Mục đích: ${BLANK}`),
    line(
      `2. Yêu cầu: kế hoạch cụ thể, khả thi, phù hợp với điều kiện thực tế; phân công rõ người thực hiện, thời gian hoàn thành và người giám sát; ${BLANK}`
    ),
    line("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", HEADING),
    line(circularCitation(catalog, level)),
    line(`- Báo cáo tự đánh giá của nhà trường ${BLANK};`),
    line(`- ${BLANK}`),
    line("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", HEADING),
  ];
}

/** Everything after the plan table, back on portrait pages. */
export function closingBlocks(): ParagraphSpec[] {
  const small = { alignment: "left" as const, sizePt: 11, spacingAfterPt: 0 };
  return [
    line("IV. TỔ CHỨC THỰC HIỆN", HEADING),
    line(`1. Hiệu trưởng: chỉ đạo, phân công thực hiện kế hoạch; ${BLANK}`),
    line(
      `2. Các tổ chuyên môn, tổ văn phòng và thành viên Hội đồng tự đánh giá: thực hiện các nội dung được phân công trong bảng kế hoạch; ${BLANK}`
    ),
    line(
      `3. Giám sát: ${BLANK} kiểm tra, giám sát việc thực hiện kế hoạch; báo cáo kết quả vào cuối học kỳ I và cuối năm học.`
    ),
    line("Nơi nhận:", {
      bold: true,
      italic: true,
      alignment: "left",
      sizePt: 12,
      spacingAfterPt: 0,
    }),
    line(`- ${BLANK};`, small),
    line("- Lưu: VT.", { ...small, spacingAfterPt: 12 }),
    line("HIỆU TRƯỞNG", { bold: true, alignment: "right", spacingAfterPt: 48 }),
    line(BLANK, { bold: true, alignment: "right" }),
  ];
}
