import { CATALOG_IDS, getCatalog } from "../../../src/core/catalog";
import {
  TemplateDataError,
  criterionCellText,
  listPlanTableTemplates,
  parsePlanTableTemplate,
  planTableTemplateFor,
  standardGroupText,
  type PageOrientation,
} from "../../../src/core/templates";
import { PLAN_TABLE_2018_DATA } from "../../../src/core/templates/plan-table-2018";
import { comparisonKey } from "../../../src/core/text";
import { TEXT_WIDTH_MM, minimumColumnWidthMm } from "./support/header-width";
import { readPlansVocabulary } from "./support/plans-vocabulary";

const ORIENTATIONS: readonly PageOrientation[] = ["landscape", "portrait"];

function headers(catalogId: (typeof CATALOG_IDS)[number]): string[] {
  return planTableTemplateFor(catalogId).columns.map((column) => column.header);
}

/** A deep copy of the 2018 data with a change, for the must-fail cases. */
function alteredData(change: (data: Record<string, unknown>) => void): unknown {
  const data = structuredClone(PLAN_TABLE_2018_DATA) as Record<string, unknown>;
  change(data);
  return data;
}

function columnsOf(data: Record<string, unknown>): Record<string, unknown>[] {
  return data.columns as Record<string, unknown>[];
}

describe("the shipped templates", () => {
  it("load and validate", () => {
    expect(listPlanTableTemplates().map((template) => template.id)).toEqual([
      "plan-2018",
      "plan-tt57",
    ]);
  });

  it("give the 2018 catalogs the complete layout, with a monitor and a report time", () => {
    const expected = [
      "TT",
      "Tiêu chuẩn, tiêu chí",
      "Nội dung cần cải tiến",
      "Kết quả cần đạt",
      "Công việc/giải pháp cần thực hiện",
      "Chủ trì và phối hợp thực hiện",
      "Thời gian thực hiện và hoàn thành",
      "Người giám sát",
      "Thời điểm báo cáo",
      "Dự kiến kinh phí",
      "Ghi chú",
    ];
    for (const id of ["tt19-mn", "tt17-th", "tt18-thcs-thpt"] as const) {
      expect(headers(id)).toEqual(expected);
    }
  });

  it("give the TT57 catalogs the TT57 form's columns", () => {
    const expected = [
      "TT",
      "Nội dung cần cải tiến",
      "Mục tiêu",
      "Giải pháp",
      "Chỉ số kết quả",
      "Thời gian",
      "Phụ trách",
      "Nguồn lực",
      "Minh chứng dự kiến",
      "Mức độ",
    ];
    for (const id of ["tt57-mn", "tt57-pt", "tt57-gdtx"] as const) {
      expect(headers(id)).toEqual(expected);
    }
  });

  it("write every header as a word plans.md lists for the column's role, and for no other role", () => {
    const vocabulary = readPlansVocabulary();
    expect(vocabulary.length).toBeGreaterThanOrEqual(12);
    for (const template of listPlanTableTemplates()) {
      for (const column of template.columns) {
        const key = comparisonKey(column.header);
        // plans.md lists some roles together ("cost / resources", "note / status"): one row each.
        const listing = vocabulary
          .filter((entry) => entry.words.some((word) => comparisonKey(word) === key))
          .map((entry) => entry.roles);
        expect({ header: column.header, listing }).toEqual({
          header: column.header,
          listing: [expect.arrayContaining([column.role])],
        });
      }
    }
  });

  it.each(ORIENTATIONS)(
    "fit an A4 %s page: no column narrower than its header's longest word",
    (orientation) => {
      for (const template of listPlanTableTemplates()) {
        const total = template.columns.reduce((sum, column) => sum + column.weight[orientation], 0);
        for (const column of template.columns) {
          const width = (column.weight[orientation] / total) * TEXT_WIDTH_MM[orientation];
          const needed = minimumColumnWidthMm(column.header, template.sizePt[orientation]);
          expect({ template: template.id, header: column.header, fits: width >= needed }).toEqual({
            template: template.id,
            header: column.header,
            fits: true,
          });
        }
      }
    }
  );

  it("fill the group-row and criterion wordings from the catalog", () => {
    const catalog = getCatalog("tt19-mn");
    const template = planTableTemplateFor("tt19-mn");
    const standard = catalog.standards[1];
    const criterion = standard?.criteria[2];
    if (!standard || !criterion) throw new Error("catalog shape changed");
    expect(template.texts.levelGroup).toBe("MỨC 1, 2, 3");
    expect(standardGroupText(template, standard)).toBe(
      "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên"
    );
    expect(criterionCellText(template, criterion)).toBe("Tiêu chí 2.3: Đối với nhân viên");
    expect(planTableTemplateFor("tt57-pt").texts.levelGroup).toBeUndefined();
  });

  it("are frozen", () => {
    const template = planTableTemplateFor("tt17-th");
    expect(Object.isFrozen(template)).toBe(true);
    expect(Object.isFrozen(template.columns[0])).toBe(true);
  });
});

describe("parsePlanTableTemplate", () => {
  it("accepts the shipped data", () => {
    expect(parsePlanTableTemplate(PLAN_TABLE_2018_DATA).columns).toHaveLength(11);
  });

  it.each<[string, (data: Record<string, unknown>) => void]>([
    [
      "a 2018 table without a monitor column",
      (data) => {
        data.columns = columnsOf(data).filter((column) => column.role !== "monitor");
      },
    ],
    [
      "a table without an owner column",
      (data) => {
        data.columns = columnsOf(data).filter((column) => column.role !== "owner");
      },
    ],
    [
      "a number column that is not first",
      (data) => {
        data.columns = [...columnsOf(data).slice(1), columnsOf(data)[0]];
      },
    ],
    [
      "a repeated header",
      (data) => {
        const columns = columnsOf(data);
        columns[3] = { ...columns[3], header: "Nội dung  cần cải tiến" };
      },
    ],
    [
      "a header with stray spaces",
      (data) => {
        const columns = columnsOf(data);
        columns[2] = { ...columns[2], header: " Nội dung cần cải tiến" };
      },
    ],
    [
      "an unknown role",
      (data) => {
        const columns = columnsOf(data);
        columns[2] = { ...columns[2], role: "unknown" };
      },
    ],
    [
      "a zero weight",
      (data) => {
        const columns = columnsOf(data);
        columns[2] = { ...columns[2], weight: { landscape: 0, portrait: 3 } };
      },
    ],
    [
      "a criterion wording without the title",
      (data) => {
        data.texts = { standardGroup: "Tiêu chuẩn {code}: {title}", criterion: "Tiêu chí {code}" };
      },
    ],
    [
      "an unknown placeholder",
      (data) => {
        data.texts = {
          standardGroup: "Tiêu chuẩn {code}: {name}",
          criterion: "Tiêu chí {code}: {title}",
        };
      },
    ],
    [
      "an unknown property",
      (data) => {
        data.colour = "blue";
      },
    ],
  ])("refuses %s", (_label, change) => {
    expect(() => parsePlanTableTemplate(alteredData(change), "test")).toThrow(TemplateDataError);
  });
});
