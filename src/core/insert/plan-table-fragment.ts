/**
 * A new plan table, ready to insert: the template's header, the levels row, a group row per
 * standard and a row per chosen criterion, numbered as schools number them.
 */
import { chooseCriteria, groupByStandard } from "./chosen-criteria";
import { criterionTargetIndex } from "./criterion-column";
import { emptyCell, textCell } from "./cells";
import {
  HEADER_ROW_KEY,
  LEVEL_GROUP_ROW_KEY,
  blankRowKey,
  criterionRowKey,
  standardRowKey,
} from "./keys";
import { getCatalog } from "../catalog/registry";
import type { CatalogId, Criterion, Standard } from "../catalog/types";
import type { CellSpec, FragmentSpec, RowSpec, TableSpec } from "../edits/spec";
import { criterionCellText, standardGroupText } from "../templates/row-texts";
import { planTableTemplateFor } from "../templates/registry";
import type { PageOrientation, PlanTableTemplate } from "../templates/types";

export interface PlanTableFragmentOptions {
  catalogId: CatalogId;
  /**
   * Criterion codes ("2.3", "2.03" alike), in any order. Rows come in catalog order; unknown and
   * repeated codes are left out (check codes with `findCriterion` first to report them).
   * Absent or empty: a blank plan, every standard's group row over one empty row to fill in,
   * since a school lists only the criteria it must improve, rarely all 25–28.
   */
  criteria?: readonly string[];
  /**
   * Put the table in its own landscape section (the default): eleven columns are readable only
   * across a landscape page. `false` keeps the page's orientation, with narrower type.
   */
  landscape?: boolean;
}

/**
 * The plan table as a fragment. No heading paragraph: the table goes under the plan's own
 * "III. NỘI DUNG KẾ HOẠCH…" heading, which the user has already written. No content control
 * either: recognition finds a plan table by its header, and a control around the table the user
 * edits most would only get in the way.
 */
export function planTableFragment(options: PlanTableFragmentOptions): FragmentSpec {
  const catalog = getCatalog(options.catalogId);
  const template = planTableTemplateFor(options.catalogId);
  const orientation: PageOrientation = options.landscape === false ? "portrait" : "landscape";
  const criteria = chooseCriteria(catalog, options.criteria ?? []);
  const sections =
    criteria.length > 0
      ? groupByStandard(catalog, criteria)
      : catalog.standards.map((standard) => ({ standard, criteria: [] }));

  const table: TableSpec = {
    kind: "table",
    columnWeights: template.columns.map((column) => column.weight[orientation]),
    headerRows: [headerRow(template)],
    bodyRows: bodyRows(template, sections),
    sizePt: template.sizePt[orientation],
  };
  return { blocks: [table], landscape: orientation === "landscape" };
}

function headerRow(template: PlanTableTemplate): RowSpec {
  return {
    kind: "header",
    key: HEADER_ROW_KEY,
    cells: template.columns.map((column) =>
      textCell(column.header, { bold: true, alignment: "center", verticalAlignment: "center" })
    ),
  };
}

function bodyRows(
  template: PlanTableTemplate,
  sections: readonly { standard: Standard; criteria: readonly Criterion[] }[]
): RowSpec[] {
  const rows: RowSpec[] = [];
  const columnCount = template.columns.length;
  if (template.texts.levelGroup !== undefined) {
    rows.push({
      kind: "group",
      key: LEVEL_GROUP_ROW_KEY,
      cells: [textCell(template.texts.levelGroup, { bold: true, span: columnCount, shaded: true })],
    });
  }
  // Schools number standards in their group rows and criteria across the whole table.
  let criterionNumber = 0;
  sections.forEach(({ standard, criteria }, index) => {
    rows.push(standardRow(template, standard, index + 1));
    for (const criterion of criteria) {
      criterionNumber++;
      rows.push({
        kind: "data",
        key: criterionRowKey(criterion.code),
        cells: dataCells(template, String(criterionNumber), criterionCellText(template, criterion)),
      });
    }
    if (criteria.length === 0) {
      rows.push({
        kind: "data",
        key: blankRowKey(standard.code),
        cells: dataCells(template, "", ""),
      });
    }
  });
  return rows;
}

function standardRow(template: PlanTableTemplate, standard: Standard, number: number): RowSpec {
  return {
    kind: "group",
    key: standardRowKey(standard.code),
    cells: [
      textCell(String(number), { bold: true, alignment: "center", shaded: true }),
      textCell(standardGroupText(template, standard), {
        bold: true,
        span: template.columns.length - 1,
        shaded: true,
      }),
    ],
  };
}

function dataCells(template: PlanTableTemplate, number: string, criterion: string): CellSpec[] {
  const target = criterionTargetIndex(template.columns.map((column) => column.role));
  return template.columns.map((column, index) => {
    const alignment = column.alignment === undefined ? {} : { alignment: column.alignment };
    if (column.role === "number") return textCell(number, alignment);
    if (index === target) return textCell(criterion, alignment);
    return { ...emptyCell(), ...alignment };
  });
}
