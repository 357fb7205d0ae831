/** analyze(): recognition → rules → ordered findings → summary, on fixtures and hand-built plans. */
import { analyze } from "../../../src/core";
import { sortFindings } from "../../../src/core/analyze/finding-order";
import { ruleContextFor } from "../../../src/core/analyze/rule-context";
import type { DocumentModel } from "../../../src/core/model/document";
import type { Finding, Severity } from "../../../src/core/model/finding";
import { doc, p, table } from "../support/document-builder";
import { fixtureDocument } from "../support/fixtures";

const HEADER = ["TT", "Tiêu chí", "Giải pháp", "Người thực hiện", "Thời gian", "Người giám sát"];

describe("on the fixtures", () => {
  it("mn-pom-lot-2021: a plan whose two rows are complete (the plan names a monitoring team)", async () => {
    const result = analyze(await fixtureDocument("mn-pom-lot-2021"));
    expect(result.summary.status).toBe("plan");
    expect(result.summary.catalogId).toBe("tt19-mn");
    expect(result.summary.plans).toEqual([
      {
        actionRows: 2,
        withOwner: 2,
        withDeadline: 2,
        withMonitor: 2,
        completeRows: 2,
        text: { vi: "2/2 dòng đầy đủ", en: "2/2 rows complete" },
      },
    ]);
    expect(result.appendixTables?.map((appendix) => appendix.tableIndex)).toEqual([1]);
    const counts = result.summary.findingsBySeverity;
    expect(counts.error + counts.warning + counts.tip).toBe(result.findings.length);
  });

  it("mn-liem-hai-2025: twelve rows, none complete for want of a monitor", async () => {
    const result = analyze(await fixtureDocument("mn-liem-hai-2025"));
    expect(result.summary.plans[0]).toMatchObject({
      actionRows: 12,
      withOwner: 12,
      withDeadline: 12,
      withMonitor: 0,
      completeRows: 0,
    });
    expect(result.summary.plans[0]?.text).toEqual({
      vi: "0/12 dòng đầy đủ",
      en: "0/12 rows complete",
    });
    expect(result.findings.map((finding) => finding.ruleId)).toContain("missing-monitor");
  });

  it("mn-19-8-tap-huan-2022: no plan, said in both languages", async () => {
    const result = analyze(await fixtureDocument("mn-19-8-tap-huan-2022"));
    expect(result.plans).toEqual([]);
    expect(result.findings).toEqual([]);
    expect(result.summary.status).toBe("no-plan");
    expect(result.summary.message?.vi).toMatch(/Không tìm thấy bảng kế hoạch/);
    expect(result.summary.message?.en).toMatch(/No improvement-plan table/);
  });

  it("returns findings in document order, then by severity", async () => {
    for (const name of ["mn-pom-lot-2021", "mn-liem-hai-2025"] as const) {
      const document = await fixtureDocument(name);
      const { findings } = analyze(document);
      expect(sortFindings([...findings].reverse(), document)).toEqual(findings);
    }
  });

  it("is deterministic", async () => {
    const document = await fixtureDocument("mn-liem-hai-2025");
    expect(analyze(document)).toEqual(analyze(document));
  });
});

describe("summary", () => {
  it("counts owner, deadline and monitor per row when the table has a monitor column", () => {
    const result = analyze(
      doc(
        table([
          HEADER,
          ["1", "2.1", "Bồi dưỡng", "HT", "9/2025", "PHT"],
          ["2", "2.2", "Dự giờ", "Tổ CM", "", "HT"],
          ["3", "2.3", "Tuyển nhân viên", "", "10/2025", ""],
        ])
      )
    );
    expect(result.summary.plans[0]).toMatchObject({
      actionRows: 3,
      withOwner: 2,
      withDeadline: 2,
      withMonitor: 2,
      completeRows: 1,
    });
    expect(result.summary.plans[0]?.text.vi).toBe("1/3 dòng đầy đủ");
  });
});

describe("no plan", () => {
  it("names a table that looks almost like a plan", () => {
    const result = analyze(
      doc(
        p("Lịch tập huấn"),
        table([
          ["TT", "Tiêu chí", "Giải pháp", "Minh chứng"],
          ["1", "2.2", "Dự giờ", "Sổ"],
        ])
      )
    );
    expect(result.summary.status).toBe("no-plan");
    expect(result.summary.message?.vi).toMatch(
      /Bảng thứ 1 .*thiếu cột người thực hiện hoặc thời gian/
    );
    expect(result.summary.message?.en).toMatch(/Table 1 .*lacks an owner or deadline column/);
  });

  it("reads malformed input as an empty document instead of throwing", () => {
    const broken = [
      null,
      undefined,
      {},
      { blocks: null },
      { blocks: [null, 3, "x"] },
      {
        blocks: [
          {
            kind: "table",
            blockIndex: 0,
            tableIndex: 0,
            rows: [{ cells: [{ text: 5, gridSpan: -1 }] }],
          },
        ],
      },
      {
        blocks: [{ kind: "table", blockIndex: 0, tableIndex: 0, rows: null, gridColumnWidths: [] }],
      },
    ] as unknown as DocumentModel[];
    for (const input of broken) {
      const result = analyze(input);
      expect(result.summary.status).toBe("no-plan");
    }
  });
});

describe("options", () => {
  it("uses the user's level over the document's", () => {
    const result = analyze(
      doc(
        p("Căn cứ Thông tư 19/2018/TT-BGDĐT;"),
        table([HEADER, ["1", "2.1", "Bồi dưỡng", "HT", "9/2025", "PHT"]])
      ),
      {
        level: "th",
      }
    );
    expect(result.plans[0]?.metadata).toMatchObject({
      level: "th",
      levelSource: "user",
      catalogId: "tt17-th",
    });
    expect(result.summary.catalogId).toBe("tt17-th");
  });
});

describe("the rule context", () => {
  it("parses each distinct time once", () => {
    const document = doc(table([HEADER, ["1", "2.1", "Bồi dưỡng", "HT", "9/2025", "PHT"]]));
    const plan = analyze(document).plans[0];
    if (!plan) throw new Error("no plan");
    const context = ruleContextFor(document, plan);
    const cell = {
      text: "9/2025",
      location: { tableIndex: 0, rowIndex: 1, cellIndex: 4 },
      gridColumn: 4,
    };
    expect(context.timeOf(cell)).toBe(context.timeOf({ ...cell }));
    expect(context.timeOf(undefined).status).toBe("empty");
    expect(context.catalog.id).toBe(plan.metadata.catalogId);
  });
});

describe("sortFindings", () => {
  const finding = (ruleId: string, severity: Severity, location: Finding["location"]): Finding => ({
    ruleId,
    severity,
    message: { vi: ruleId, en: ruleId },
    location,
  });

  it("orders by block, row, cell, then severity and rule id; document-wide findings first", () => {
    const document = doc(p("Số: /KH"), table([HEADER]), p("x"), table([HEADER]));
    const findings = [
      finding("b", "tip", { tableIndex: 1, rowIndex: 1 }),
      finding("a", "warning", {
        tableIndex: 0,
        rowIndex: 2,
        cell: { tableIndex: 0, rowIndex: 2, cellIndex: 3 },
      }),
      finding("c", "error", {
        tableIndex: 0,
        rowIndex: 2,
        cell: { tableIndex: 0, rowIndex: 2, cellIndex: 3 },
      }),
      finding("d", "tip", { blockIndex: 2 }),
      finding("e", "warning", {}),
      finding("f", "tip", { blockIndex: 0 }),
      finding("g", "tip", { tableIndex: 0, rowIndex: 1 }),
    ];
    expect(sortFindings(findings, document).map((item) => item.ruleId)).toEqual([
      "e",
      "f",
      "g",
      "c",
      "a",
      "d",
      "b",
    ]);
  });
});

describe("robustness", () => {
  const plan = [
    p("KẾ HOẠCH"),
    table([HEADER, ["1", "2.1", "Bồi dưỡng", "HT", "9/2025", "PHT"]]),
  ] as const;

  it("ignores option values it does not know", () => {
    const options = { level: "xx", framework: "2099", defaultLevel: 3 } as unknown as Parameters<
      typeof analyze
    >[1];
    const result = analyze(doc(...plan), options);
    expect(result.summary.status).toBe("plan");
    expect(result.plans[0]?.metadata).toMatchObject({
      level: "mn",
      levelSource: "default",
      catalogId: "tt19-mn",
    });
  });

  it("still reads the plan when the model holds stray nulls among its blocks", () => {
    const document = doc(...plan);
    const withNull = { blocks: [...document.blocks, null] } as unknown as DocumentModel;
    expect(analyze(withNull).summary.plans[0]?.actionRows).toBe(1);
  });
});
