/**
 * Properties of analyze on generated documents:
 *  - it never throws, whatever the model holds (random blocks, spans, merges, garbage text, and
 *    values no host should produce);
 *  - it reads the same plan when every text is respaced, recased, or put in another Unicode form.
 */
import fc from "fast-check";
import { analyze, recognizePlans, type AnalyzeResult } from "../../../src/core";
import type {
  Block,
  DocumentModel,
  TableBlock,
  TableCell,
  TableRow,
  VerticalMerge,
} from "../../../src/core/model/document";

const PLAN_WORDS = [
  "TT",
  "T",
  "STT",
  "Tiêu chuẩn, tiêu chí",
  "Tiêu chu ẩn",
  "Tiêu chí",
  "Kết quả cần đạt (so với hiện trạng)",
  "Nội dung cần cải tiến",
  "Công việc/giải pháp cần thực hiện",
  "Biện pháp thực hiện",
  "Chủ trì và phối hợp thực hiện",
  "Người thực hiện",
  "Thời gian thực hiện",
  "Thời gian",
  "Phân công giám sát",
  "Thời điểm báo cáo",
  "Dự kiến kinh phí",
  "Minh chứng",
  "Ghi chú",
  "Kết quả thực hiện",
  "ND kế hoạch được xây dựng đầu năm",
];
const CELL_TEXTS = [
  "",
  "1",
  "2",
  "II",
  "MỨC 1, 2, 3",
  "Mức 4: Không có",
  "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên",
  "2, Tiêu chuẩn 3: Cơ sở vật chất",
  "Tiêu chí 2.3: Đối với nhân viên",
  "TC 3.2",
  "1.10",
  "5.5",
  "Tiêu chuẩn 3.4. Khối phòng tổ chức ăn",
  "Nhà trường không có nhân viên y tế",
  "- Xây dựng KH xin biên chế\n- Tham mưu",
  "xuống",
  "cấp",
  "HT",
  "PHT, Tổ CM",
  "Hiệu trưởng, nhân viên",
  "9/2025 – 5/2026",
  "Năm học 2021-2022 và các năm tiếp theo\n15/8",
  "Cả năm",
  "Theo đợt",
  "10/20 22",
  "Không",
  "Đã ký",
];
const PARAGRAPHS = [
  "",
  "KẾ HOẠCH",
  "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
  "Năm học 2021 - 2022",
  "Năm học: 2025 – 2026",
  "Số : 97/KH-MNPL",
  "Số: /KH-MNLH",
  "Pom Lót, ngày 27 tháng 10 năm 2021",
  "TRƯỜNG MN LIÊM HẢI",
  "Thông tư số 19/2018/TT- BGDDĐT",
  "Thông tư 57/2026/TT-BGDĐT",
  "1. Tiêu chuẩn 1: Tổ chức và quản lý nhà trường",
  "IV. TỔ CHỨC THỰC HIỆN",
  "V. GIÁM SÁT VÀ ĐÁNH GIÁ",
  "3. Tổ Giám sát kế hoạch cải tiến chất lượng (báo cáo định kỳ):",
  "Hiệu trưởng: Chỉ đạo chung, kiểm tra, giám sát",
  "Định kỳ kiểm tra theo tháng, học kỳ",
  "Trên đây là kế hoạch của trường mầm non xã Pom Lót trong năm học 2021-2022.",
  "HIỆU TRƯỞNG",
  "KT. HIỆU TRƯỞNG",
  "Vũ Thị Thanh Huyền",
  "PHỤ LỤC 2",
];

const planText = fc.constantFrom(...CELL_TEXTS, ...PLAN_WORDS);
const garbage = fc.string({ unit: "grapheme", maxLength: 20 });
const cellText = fc.oneof({ weight: 6, arbitrary: planText }, { weight: 1, arbitrary: garbage });
const merge = fc.constantFrom<VerticalMerge>("none", "none", "none", "restart", "continue");

interface CellDraft {
  text: string;
  span: number;
  merge: VerticalMerge;
  nested: boolean;
}

const cellDraft = fc.record({
  text: cellText,
  span: fc.oneof(
    { weight: 8, arbitrary: fc.constant(1) },
    { weight: 2, arbitrary: fc.integer({ min: 2, max: 9 }) },
    { weight: 1, arbitrary: fc.integer({ min: -2, max: 0 }) }
  ),
  merge,
  nested: fc.oneof(
    { weight: 9, arbitrary: fc.constant(false) },
    { weight: 1, arbitrary: fc.constant(true) }
  ),
});

const rowDraft = fc.record({
  cells: fc.array(cellDraft, { maxLength: 10 }),
  gridBefore: fc.oneof(
    { weight: 5, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 }) }
  ),
  gridAfter: fc.oneof(
    { weight: 5, arbitrary: fc.constant(0) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 }) }
  ),
});

const headerRow = fc.shuffledSubarray(PLAN_WORDS, { minLength: 3, maxLength: 10 }).map((words) => ({
  cells: words.map((text): CellDraft => ({ text, span: 1, merge: "none", nested: false })),
  gridBefore: 0,
  gridAfter: 0,
}));

type RowDraft = { cells: CellDraft[]; gridBefore: number; gridAfter: number };

const tableDraft = fc.record({
  header: fc.option(headerRow, { nil: undefined, freq: 3 }),
  rows: fc.array(rowDraft, { maxLength: 12 }),
  tag: fc.option(fc.constantFrom("kdcl-appendix", "x"), { nil: undefined, freq: 8 }),
});

const blockDraft = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("paragraph" as const),
      text: fc.oneof(fc.constantFrom(...PARAGRAPHS), garbage),
      bold: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: tableDraft.map((table) => ({ kind: "table" as const, ...table })) }
);

function buildCell(draft: CellDraft, gridColumn: number, physicalIndex: number): TableCell {
  return {
    text: draft.text,
    paragraphs: draft.text.split("\n").map((text) => ({ text, bold: false })),
    gridColumn,
    gridSpan: draft.span,
    verticalMerge: draft.merge,
    physicalIndex,
    nestedTables: draft.nested
      ? [
          buildTable(
            [{ cells: [{ ...draft, nested: false }], gridBefore: 0, gridAfter: 0 }],
            -1,
            -1
          ),
        ]
      : [],
  };
}

function buildTable(
  rows: RowDraft[],
  blockIndex: number,
  tableIndex: number,
  tag?: string
): TableBlock {
  const built = rows.map((row, rowIndex): TableRow => {
    let column = row.gridBefore;
    const cells = row.cells.map((draft, index) => {
      const cell = buildCell(draft, column, index);
      column += Math.max(1, draft.span);
      return cell;
    });
    return {
      rowIndex,
      cells,
      repeatsAsHeader: false,
      gridBefore: row.gridBefore,
      gridAfter: row.gridAfter,
    };
  });
  return {
    kind: "table",
    blockIndex,
    tableIndex,
    gridColumnWidths: [],
    rows: built,
    ...(tag ? { contentControlTag: tag } : {}),
  };
}

const documentArbitrary: fc.Arbitrary<DocumentModel> = fc
  .array(blockDraft, { maxLength: 14 })
  .map((drafts) => {
    let tables = 0;
    const blocks = drafts.map((draft, blockIndex): Block => {
      if (draft.kind === "paragraph")
        return { kind: "paragraph", blockIndex, text: draft.text, bold: draft.bold };
      const rows = draft.header ? [draft.header, ...draft.rows] : draft.rows;
      return buildTable(rows, blockIndex, tables++, draft.tag);
    });
    return { blocks };
  });

function mapTexts(document: DocumentModel, change: (text: string) => string): DocumentModel {
  const mapTable = (table: TableBlock): TableBlock => ({
    ...table,
    rows: table.rows.map((row) => ({
      ...row,
      cells: row.cells.map((cell) => ({
        ...cell,
        text: change(cell.text),
        paragraphs: cell.paragraphs.map((paragraph) => ({
          ...paragraph,
          text: change(paragraph.text),
        })),
        nestedTables: cell.nestedTables.map(mapTable),
      })),
    })),
  });
  return {
    blocks: document.blocks.map((block) =>
      block.kind === "paragraph" ? { ...block, text: change(block.text) } : mapTable(block)
    ),
  };
}

/**
 * Case changes as retyping with Caps Lock makes them: character by character, leaving alone the few
 * characters whose other case is not one character ("ß" → "SS", "ﬀ" → "FF").
 */
function changeCase(text: string, toOtherCase: (char: string) => string): string {
  let changed = "";
  for (const char of text) {
    const other = toOtherCase(char);
    changed += other.length === char.length ? other : char;
  }
  return changed;
}

const TRANSFORMS: Record<string, (text: string) => string> = {
  "upper case": (text) => changeCase(text, (char) => char.toUpperCase()),
  "lower case": (text) => changeCase(text, (char) => char.toLowerCase()),
  NFD: (text) => text.normalize("NFD"),
  "NFD upper case": (text) => changeCase(text.normalize("NFD"), (char) => char.toUpperCase()),
  "doubled spaces": (text) => text.replace(/ /g, "  "),
  "no-break spaces": (text) => text.replace(/ /g, "\u00a0"),
  padded: (text) => (text ? `  ${text} ` : text),
};

/** What must not change: roles, row kinds, codes, and findings' rule ids and locations. */
function shape(result: AnalyzeResult): unknown {
  return {
    status: result.summary.status,
    appendix: result.appendixTables,
    plans: result.plans.map((plan) => ({
      level: [plan.metadata.level, plan.metadata.levelSource, plan.metadata.catalogId],
      year: plan.metadata.schoolYear?.startYear,
      number: plan.metadata.planNumber?.blank,
      monitor: plan.metadata.monitorAssignment?.blockIndex,
      tables: plan.tables.map((table) => [
        table.tableIndex,
        table.headerRowIndices,
        table.columns.map((column) => [column.role, column.gridColumn, column.gridSpan]),
        table.headingStandard?.code,
      ]),
      rows: plan.rows.map((row) => [
        row.kind,
        row.rowIndices,
        row.kind === "action"
          ? [
              row.standardCode,
              row.criterionCode,
              row.criterionSource,
              Object.keys(row.cells).sort(),
              row.criterionCell?.location,
            ]
          : row.kind === "standardGroup"
            ? row.standardCode
            : row.kind === "levelGroup"
              ? row.levels
              : null,
      ]),
    })),
    findings: result.findings.map((finding) => [finding.ruleId, finding.location]),
    summary: result.summary.plans.map((plan) => [plan.actionRows, plan.completeRows]),
  };
}

describe("analyze on generated documents", () => {
  it("never throws on arbitrary document models", () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const result = analyze(document);
        expect(["plan", "no-plan"]).toContain(result.summary.status);
      }),
      { numRuns: 400 }
    );
  });

  it("never throws on values no host should produce", () => {
    fc.assert(
      fc.property(fc.anything(), fc.array(fc.anything(), { maxLength: 5 }), (value, blocks) => {
        expect(analyze(value as DocumentModel).summary.status).toBe("no-plan");
        analyze({ blocks } as unknown as DocumentModel);
      }),
      { numRuns: 200 }
    );
  });

  it.each(Object.keys(TRANSFORMS))("reads the same plan under %s", (name) => {
    const change = TRANSFORMS[name];
    if (!change) throw new Error(name);
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        expect(shape(analyze(mapTexts(document, change)))).toEqual(shape(analyze(document)));
      }),
      { numRuns: 150 }
    );
  });
});

describe("recognition on generated documents", () => {
  it("never needs analyze's safety net on well-typed models", () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        recognizePlans(document);
      }),
      { numRuns: 400 }
    );
  });

  it("generates plans often enough for the properties above to mean something", () => {
    const samples = fc.sample(documentArbitrary, { numRuns: 300, seed: 42 });
    const withActions = samples.filter((document) =>
      recognizePlans(document).plans.some((plan) => plan.rows.some((row) => row.kind === "action"))
    );
    expect(withActions.length).toBeGreaterThan(samples.length / 4);
  });
});
