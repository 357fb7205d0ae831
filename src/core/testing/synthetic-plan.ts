/**
 * Realistic synthetic plans of any size, for benchmarks and property tests: the layouts of
 * shared/reference/plans.md, with a Quốc hiệu table, title block, group rows, merged criterion
 * cells, organisation section and signature. Deterministic for a given seed. People's names are
 * the fixtures' real public ones.
 */
import { getCatalog, type Catalog } from "../catalog";
import type { Block, DocumentModel, TableBlock, TableCell, TableRow } from "../model/document";

export type SyntheticLayout = "preschool-2021" | "primary-2022" | "per-standard-2025" | "tt57";

export interface SyntheticPlanOptions {
  /** Number of action rows. */
  actionRows: number;
  layout?: SyntheticLayout;
  seed?: number;
}

interface CellSpec {
  text: string;
  span?: number;
  merge?: "restart" | "continue";
}

const HEADERS: Readonly<Record<SyntheticLayout, readonly string[]>> = {
  "preschool-2021": [
    "TT",
    "Tiêu chuẩn, tiêu chí",
    "Kết quả cần đạt (so với hiện trạng)",
    "Công việc/giải pháp cần thực hiện",
    "Chủ trì và phối hợp thực hiện",
    "Thời gian thực hiện và hoàn thành",
    "Dự kiến kinh phí",
    "Điều kiện hỗ trợ khác",
    "Ghi chú",
  ],
  "primary-2022": [
    "Tiêu chu ẩn",
    "Tiêu chí",
    "T",
    "Nội dung kế hoạch",
    "Giải pháp thực hiện",
    "Phân công thực hiện",
    "Thời gian thực hiện",
    "Kinh phí thực hiện",
    "Phân công giám sát",
    "Thời điểm báo cáo",
  ],
  "per-standard-2025": [
    "Nội dung cần cải tiến",
    "Biện pháp thực hiện",
    "Thời gian",
    "Người thực hiện",
    "Minh chứng",
  ],
  tt57: [
    "TT",
    "Nội dung",
    "Mục tiêu",
    "Giải pháp",
    "Chỉ số kết quả",
    "Thời gian",
    "Phụ trách",
    "Nguồn lực",
    "Minh chứng dự kiến",
    "Mức độ",
  ],
};

const OWNERS = [
  "HT",
  "PHT",
  "BGH",
  "Tổ CM",
  "GV",
  "Kế toán",
  "Hiệu trưởng, nhân viên",
  "CBQL",
  "Tổ VP",
  "TTCM",
];
const MONITORS = ["HT", "PHT", "Ban TTND", "CĐCS", "BGH"];
const WEAKNESSES = [
  "Hồ sơ quản lý còn thiếu, chưa đầy đủ, cập nhật chưa kịp thời",
  "Công tác kiểm tra nội bộ chưa thường xuyên",
  "Giáo viên hạn chế về ứng dụng công nghệ thông tin",
  "Nhà trường không có phòng riêng để tổ chức cho trẻ làm quen với ngoại ngữ, tin học",
  "Thiết bị, đồ chơi thiếu và xuống cấp",
  "Phối hợp với phụ huynh chưa thường xuyên",
];
const ACTIONS = [
  "- Rà soát, bổ sung hồ sơ theo quy định",
  "- Xây dựng kế hoạch kiểm tra định kỳ\n- Tăng cường kiểm tra đột xuất",
  "- Tổ chức tập huấn CNTT\n- Hướng dẫn sử dụng phần mềm",
  "- Tham mưu cấp ủy, chính quyền địa phương đầu tư xây dựng thêm phòng",
  "- Kiểm kê, đề xuất bổ sung thiết bị",
  "- Họp phụ huynh định kỳ",
];
const TIMES = [
  "9/2025 – 5/2026",
  "10/2025",
  "Cả năm",
  "Tháng 01 năm 2026",
  "12/2025",
  "Năm học 2025-2026",
  "Theo đợt",
];
const EVIDENCE = ["Hồ sơ, sổ sách", "Biên bản kiểm tra", "Kế hoạch, chứng chỉ", "Hình ảnh"];

/** mulberry32: small, fast, deterministic. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Builder {
  readonly blocks: Block[] = [];
  private tables = 0;

  paragraph(text: string, bold = false): void {
    this.blocks.push({ kind: "paragraph", blockIndex: this.blocks.length, text, bold });
  }

  table(rows: CellSpec[][]): void {
    const built: TableRow[] = rows.map((specs, rowIndex) => {
      let column = 0;
      const cells = specs.map((spec, physicalIndex): TableCell => {
        const cell: TableCell = {
          text: spec.text,
          paragraphs: spec.text.split("\n").map((text) => ({ text, bold: rowIndex === 0 })),
          gridColumn: column,
          gridSpan: spec.span ?? 1,
          verticalMerge: spec.merge ?? "none",
          physicalIndex,
          nestedTables: [],
        };
        column += cell.gridSpan;
        return cell;
      });
      return { rowIndex, cells, repeatsAsHeader: rowIndex === 0, gridBefore: 0, gridAfter: 0 };
    });
    const width = rows[0]?.reduce((sum, spec) => sum + (spec.span ?? 1), 0) ?? 0;
    const table: TableBlock = {
      kind: "table",
      blockIndex: this.blocks.length,
      tableIndex: this.tables++,
      gridColumnWidths: Array.from({ length: width }, () => 1000),
      rows: built,
    };
    this.blocks.push(table);
  }
}

interface RowFacts {
  standard: string;
  criterion: string;
  criterionTitle: string;
  /** The criterion's first action row: its criterion cell starts a vertical merge. */
  firstOfCriterion: boolean;
  number: number;
  pick: <T>(items: readonly T[]) => T;
}

function actionCells(layout: SyntheticLayout, facts: RowFacts): CellSpec[] {
  const { pick } = facts;
  const weakness = pick(WEAKNESSES);
  const action = pick(ACTIONS);
  const owner = pick(OWNERS);
  const time = pick(TIMES);
  const criterionText = `Tiêu chí ${facts.criterion}: ${facts.criterionTitle}`;
  switch (layout) {
    case "preschool-2021":
      return [
        { text: String(facts.number) },
        facts.firstOfCriterion
          ? { text: criterionText, merge: "restart" }
          : { text: "", merge: "continue" },
        { text: weakness },
        { text: action },
        { text: owner },
        { text: time },
        { text: pick(["Không", "", "5.000.000 đồng"]) },
        { text: pick(["", "Kế hoạch XHHGD; Tờ trình"]) },
        { text: "" },
      ];
    case "primary-2022":
      return [
        { text: facts.standard },
        { text: facts.criterion },
        { text: String(facts.number) },
        { text: weakness },
        { text: action },
        { text: owner },
        { text: time },
        { text: pick(["Không", "Ngân sách"]) },
        { text: pick(MONITORS) },
        { text: pick(["12/2025", "5/2026", "Cuối học kỳ I"]) },
      ];
    case "per-standard-2025":
      return [
        { text: weakness },
        { text: action },
        { text: time },
        { text: owner },
        { text: pick(EVIDENCE) },
      ];
    case "tt57":
      return [
        { text: String(facts.number) },
        { text: `${criterionText}\n${weakness}` },
        { text: "Khắc phục hạn chế" },
        { text: action },
        { text: "100% hồ sơ được cập nhật" },
        { text: time },
        { text: owner },
        { text: "Ngân sách" },
        { text: pick(EVIDENCE) },
        { text: "Mức 1" },
      ];
  }
}

function criteriaCycle(
  catalog: Catalog
): { standard: string; standardTitle: string; code: string; title: string }[] {
  return catalog.standards.flatMap((standard) =>
    standard.criteria.map((criterion) => ({
      standard: standard.code,
      standardTitle: standard.title,
      code: criterion.code,
      title: criterion.title,
    }))
  );
}

function heading(builder: Builder, layout: SyntheticLayout): void {
  builder.table([
    [
      { text: "UBND XÃ NINH GIANG\nTRƯỜNG MN LIÊM HẢI" },
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc" },
    ],
    [{ text: "Số: 97/KH-MNLH" }, { text: "Ninh Giang, ngày 15 tháng 9 năm 2025" }],
  ]);
  builder.paragraph("KẾ HOẠCH", true);
  builder.paragraph("CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", true);
  builder.paragraph("Năm học 2025 - 2026", true);
  builder.paragraph("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", true);
  builder.paragraph(
    layout === "tt57"
      ? "Thông tư số 57/2026/TT-BGDĐT của Bộ Giáo dục và Đào tạo."
      : "Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo."
  );
  builder.paragraph("Báo cáo tự đánh giá năm học 2024-2025.");
  builder.paragraph("II. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", true);
}

function closing(builder: Builder): void {
  builder.paragraph("III. TỔ CHỨC THỰC HIỆN", true);
  builder.paragraph("1. Hiệu trưởng: Chỉ đạo chung, kiểm tra, đánh giá.");
  builder.paragraph("2. Tổ Giám sát kế hoạch cải tiến chất lượng (báo cáo định kỳ và kiến nghị):");
  builder.paragraph(
    "- Tham gia giám sát kế hoạch cải tiến chất lượng của nhà trường theo đúng tiến độ."
  );
  builder.table([
    [
      { text: "Nơi nhận:\n- Phòng GDĐT (b/c);\n- Lưu: VT." },
      { text: "HIỆU TRƯỞNG\n\n\nNguyễn Thị Hiến" },
    ],
  ]);
}

export function syntheticPlan(options: SyntheticPlanOptions): DocumentModel {
  const layout = options.layout ?? "preschool-2021";
  const random = randomSource(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const catalog = getCatalog(layout === "tt57" ? "tt57-mn" : "tt19-mn");
  const cycle = criteriaCycle(catalog);
  const builder = new Builder();
  heading(builder, layout);

  const header: CellSpec[] = HEADERS[layout].map((text) => ({ text }));
  const width = header.length;
  let rows: CellSpec[][] = [header];
  let standardNumber = 0;
  let lastStandard = "";
  let lastCriterion = "";
  for (let index = 0; index < options.actionRows; index++) {
    // Two or three actions per criterion, criteria in catalog order, cycling for large plans.
    const entry = cycle[Math.floor(index / 2) % cycle.length];
    if (!entry) break;
    if (entry.standard !== lastStandard) {
      standardNumber++;
      const label = `Tiêu chuẩn ${entry.standard}: ${entry.standardTitle}`;
      if (layout === "per-standard-2025") {
        if (rows.length > 1) builder.table(rows);
        builder.paragraph(`${standardNumber}. ${label}`, true);
        rows = [header];
      } else if (layout !== "primary-2022") {
        if (index === 0 && layout === "preschool-2021")
          rows.push([{ text: "MỨC 1, 2, 3", span: width }]);
        rows.push([{ text: String(standardNumber) }, { text: label, span: width - 1 }]);
      }
      lastStandard = entry.standard;
    }
    rows.push(
      actionCells(layout, {
        standard: entry.standard,
        criterion: entry.code,
        criterionTitle: entry.title,
        firstOfCriterion: entry.code !== lastCriterion,
        number: index + 1,
        pick,
      })
    );
    lastCriterion = entry.code;
  }
  if (layout === "preschool-2021") rows.push([{ text: "MỨC 4: Không có", span: width }]);
  if (rows.length > 1) builder.table(rows);
  closing(builder);
  return { blocks: builder.blocks };
}
