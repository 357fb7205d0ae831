/** The heading's parts: NĐ30 dates, school names, the "(Kèm theo …)" line, the appendix number. */
import {
  attachmentLine,
  decreeDate,
  schoolDisplayName,
  type DocumentModel,
  type PlanMetadata,
} from "../../../src/core";
import { nextAppendixLabel } from "../../../src/core/appendix/appendix-label";
import type { TableSpec } from "../../../src/core";
import { apply, runAppendix } from "./support/documents";
import { planDocumentXml, type PlanRowInput } from "./support/plan-document";

const PLAN_ROW: PlanRowInput = {
  criterion: "1.4",
  weakness: "Hồ sơ tự đánh giá chưa đầy đủ",
  action: "- Rà soát, bổ sung minh chứng",
  owner: "BGH",
  deadline: "10/2025",
};

const NOT_A_PLAN: TableSpec = {
  kind: "table",
  columnWeights: [1, 1],
  headerRows: [
    {
      kind: "header",
      cells: [{ paragraphs: [[{ text: "Họ và tên" }]] }, { paragraphs: [[{ text: "Chức vụ" }]] }],
    },
  ],
  bodyRows: [],
};

describe("decreeDate", () => {
  it.each([
    [6, 4, 2026, "ngày 06 tháng 4 năm 2026"],
    [27, 10, 2021, "ngày 27 tháng 10 năm 2021"],
    [1, 2, 2022, "ngày 01 tháng 02 năm 2022"],
    [15, 1, 2023, "ngày 15 tháng 01 năm 2023"],
    [9, 12, 2025, "ngày 09 tháng 12 năm 2025"],
  ])("%i/%i/%i → %s", (day, month, year, expected) => {
    expect(decreeDate({ day, month, year })).toBe(expected);
  });
});

describe("schoolDisplayName", () => {
  it.each([
    ["TRƯỜNG MN LIÊM HẢI", "Trường mầm non Liêm Hải"],
    ["TRƯỜNG MẦM NON XÃ HOA SEN", "Trường mầm non xã Hoa Sen"],
    ["trường mầm non xã Hoa Sen", "Trường mầm non xã Hoa Sen"],
    ["Trường Mầm non Hoa Sen", "Trường mầm non Hoa Sen"],
    ["TRƯỜNG TH HOA SEN", "Trường tiểu học Hoa Sen"],
    ["TRƯỜNG THCS HOA SEN", "Trường trung học cơ sở Hoa Sen"],
    ["TRƯỜNG  THPT   HOA SEN", "Trường trung học phổ thông Hoa Sen"],
  ])("%s → %s", (written, expected) => {
    expect(schoolDisplayName(written)).toBe(expected);
  });

  it("is undefined when the plan names no school", () => {
    expect(schoolDisplayName(undefined)).toBeUndefined();
    expect(schoolDisplayName("  ")).toBeUndefined();
  });
});

const METADATA: PlanMetadata = {
  level: "mn",
  levelSource: "circular",
  catalogId: "tt19-mn",
  planNumber: { text: "12/KH-MNHS", blank: false, blockIndex: 0 },
  date: { day: 5, month: 9, year: 2025, text: "ngày 05 tháng 9 năm 2025", blockIndex: 1 },
  schoolName: "TRƯỜNG MẦM NON XÃ HOA SEN",
};

describe("attachmentLine", () => {
  it("says which plan the appendix goes with", () => {
    expect(attachmentLine(METADATA)).toBe(
      "(Kèm theo Kế hoạch số 12/KH-MNHS ngày 05 tháng 9 năm 2025 của Trường mầm non xã Hoa Sen)"
    );
  });

  it("leaves a visible blank for every part the plan does not give", () => {
    const blankNumber = {
      ...METADATA,
      planNumber: { text: "/KH-MNHS", blank: true, blockIndex: 0 },
    };
    expect(attachmentLine(blankNumber)).toMatch(/^\(Kèm theo Kế hoạch số …\/KH-MNHS ngày 05/);
    const bare: PlanMetadata = { level: "mn", levelSource: "circular", catalogId: "tt19-mn" };
    expect(attachmentLine(bare)).toBe(
      "(Kèm theo Kế hoạch số … ngày … tháng … năm … của Trường mầm non …)"
    );
    expect(attachmentLine({ ...bare, levelSource: "default" })).toBe(
      "(Kèm theo Kế hoạch số … ngày … tháng … năm … của …)"
    );
  });
});

function paragraphs(...texts: [string, boolean?][]): DocumentModel {
  return {
    blocks: texts.map(([text, bold], blockIndex) => ({
      kind: "paragraph",
      blockIndex,
      text,
      bold: bold ?? false,
    })),
  };
}

describe("nextAppendixLabel", () => {
  it("is unnumbered in a document without appendices", () => {
    expect(nextAppendixLabel(paragraphs(["KẾ HOẠCH"], ["Phụ lục kèm theo gồm các biểu mẫu"]))).toBe(
      "PHỤ LỤC"
    );
  });

  it("follows the highest number written", () => {
    expect(nextAppendixLabel(paragraphs(["PHỤ LỤC 1", true], ["Danh mục minh chứng"]))).toBe(
      "PHỤ LỤC 2"
    );
    expect(nextAppendixLabel(paragraphs(["PHỤ LỤC I"], ["PHỤ LỤC II:"]))).toBe("PHỤ LỤC 3");
  });

  it("counts an unnumbered appendix heading as one", () => {
    expect(nextAppendixLabel(paragraphs(["PHỤ LỤC", true]))).toBe("PHỤ LỤC 2");
  });
});

describe("in a document", () => {
  it("numbers a new appendix after the document's own", () => {
    const xml = apply(planDocumentXml("2018", [PLAN_ROW]), [
      {
        kind: "insertFragment",
        at: { kind: "end" },
        fragment: {
          blocks: [
            { kind: "paragraph", runs: [{ text: "PHỤ LỤC 1", bold: true }], alignment: "center" },
            { kind: "paragraph", runs: [{ text: "DANH MỤC MINH CHỨNG" }] },
          ],
        },
      },
    ]);
    expect(runAppendix(xml).result.outcome).toMatchObject({
      kind: "created",
      appendixLabel: "PHỤ LỤC 2",
    });
  });

  it("can stay on the page's orientation, starting on a new page", () => {
    const { result } = runAppendix(planDocumentXml("2018", [PLAN_ROW]), { landscape: false });
    const [edit] = result.edits;
    if (edit?.kind !== "insertFragment") throw new Error("expected a fragment");
    expect(edit.fragment.landscape).toBe(false);
    expect(edit.fragment.blocks[0]).toMatchObject({ kind: "paragraph", pageBreakBefore: true });
  });

  it("asks for nothing when the document has no plan", () => {
    const xml = apply(planDocumentXml("2018", [PLAN_ROW]), [
      { kind: "replaceTable", tableIndex: 0, table: NOT_A_PLAN },
    ]);
    const { result } = runAppendix(xml);
    expect(result.edits).toEqual([]);
    expect(result.outcome.kind).toBe("no-plan");
  });
});
