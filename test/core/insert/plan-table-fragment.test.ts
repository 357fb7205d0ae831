import { CATALOG_IDS, getCatalog, type CatalogId } from "../../../src/core/catalog";
import type { TableSpec } from "../../../src/core/edits/spec";
import { planTableFragment } from "../../../src/core/insert";
import { planTableTemplateFor } from "../../../src/core/templates";
import { cellText, criterionLabel, rowTexts, spanSum, standardLabel } from "./support/edits";

function tableOf(catalogId: CatalogId, criteria?: string[], landscape?: boolean): TableSpec {
  const fragment = planTableFragment({
    catalogId,
    ...(criteria ? { criteria } : {}),
    ...(landscape === undefined ? {} : { landscape }),
  });
  expect(fragment.blocks).toHaveLength(1);
  const [table] = fragment.blocks;
  if (table?.kind !== "table") throw new Error("the fragment holds no table");
  return table;
}

describe("planTableFragment", () => {
  it.each(CATALOG_IDS)(
    "writes the template's header for %s, repeated on each page",
    (catalogId) => {
      const table = tableOf(catalogId, ["1.1"]);
      const headers = planTableTemplateFor(catalogId).columns.map((column) => column.header);
      expect(table.headerRows).toHaveLength(1);
      expect(table.headerRows[0]?.kind).toBe("header");
      expect(table.headerRows[0] && rowTexts(table.headerRows[0])).toEqual(headers);
      expect(table.columnWeights).toHaveLength(headers.length);
      for (const row of [...table.headerRows, ...table.bodyRows]) {
        expect(spanSum(row)).toBe(headers.length);
      }
    }
  );

  it("writes the levels row, a numbered group row per standard and a row per criterion (TT19)", () => {
    const table = tableOf("tt19-mn", ["3.2", "2.03", "2.3", "9.1", "2.1"]);
    expect(table.bodyRows.map((row) => row.key)).toEqual([
      "levels",
      "standard:2",
      "criterion:2.1",
      "criterion:2.3",
      "standard:3",
      "criterion:3.2",
    ]);
    expect(
      table.bodyRows.map((row) => [row.kind, cellText(row.cells[0]), cellText(row.cells[1])])
    ).toEqual([
      ["group", "MỨC 1, 2, 3", ""],
      ["group", "1", standardLabel("tt19-mn", "2")],
      ["data", "1", criterionLabel("tt19-mn", "2.1")],
      ["data", "2", criterionLabel("tt19-mn", "2.3")],
      ["group", "2", standardLabel("tt19-mn", "3")],
      ["data", "3", criterionLabel("tt19-mn", "3.2")],
    ]);
    expect(table.bodyRows[2]?.cells.slice(2).every((cell) => cellText(cell) === "")).toBe(true);
    expect(table.bodyRows[1]?.cells[1]?.paragraphs[0]?.[0]?.bold).toBe(true);
    expect(table.bodyRows[1]?.cells.every((cell) => cell.shaded)).toBe(true);
  });

  it.each(["tt17-th", "tt18-thcs-thpt"] as const)(
    "uses the catalog's own titles (%s)",
    (catalogId) => {
      const table = tableOf(catalogId, ["2.4", "5.1"]);
      expect(table.bodyRows.map((row) => cellText(row.cells[1]))).toEqual([
        "",
        standardLabel(catalogId, "2"),
        criterionLabel(catalogId, "2.4"),
        standardLabel(catalogId, "5"),
        criterionLabel(catalogId, "5.1"),
      ]);
    }
  );

  it.each(["tt57-mn", "tt57-pt", "tt57-gdtx"] as const)(
    "writes a TT57 table without a levels row, the criterion in its content column (%s)",
    (catalogId) => {
      const table = tableOf(catalogId, ["1.4", "4.2"]);
      expect(
        table.bodyRows.map((row) => [row.key, cellText(row.cells[0]), cellText(row.cells[1])])
      ).toEqual([
        ["standard:1", "1", standardLabel(catalogId, "1")],
        ["criterion:1.4", "1", criterionLabel(catalogId, "1.4")],
        ["standard:4", "2", standardLabel(catalogId, "4")],
        ["criterion:4.2", "2", criterionLabel(catalogId, "4.2")],
      ]);
    }
  );

  it.each(CATALOG_IDS)(
    "without criteria, writes every standard over one blank row (%s)",
    (catalogId) => {
      const table = tableOf(catalogId);
      const standards = getCatalog(catalogId).standards;
      const levelsRow =
        planTableTemplateFor(catalogId).texts.levelGroup === undefined ? [] : ["levels"];
      expect(table.bodyRows.map((row) => row.key)).toEqual([
        ...levelsRow,
        ...standards.flatMap((standard) => [`standard:${standard.code}`, `blank:${standard.code}`]),
      ]);
      const blank = table.bodyRows[table.bodyRows.length - 1];
      expect(blank?.cells.every((cell) => cellText(cell) === "")).toBe(true);
      expect(tableOf(catalogId, []).bodyRows).toEqual(table.bodyRows);
    }
  );

  it("is landscape by default, with the template's landscape widths; portrait on request", () => {
    const template = planTableTemplateFor("tt19-mn");
    const landscape = planTableFragment({ catalogId: "tt19-mn" });
    expect(landscape.landscape).toBe(true);
    expect(tableOf("tt19-mn").columnWeights).toEqual(
      template.columns.map((column) => column.weight.landscape)
    );
    expect(tableOf("tt19-mn").sizePt).toBe(template.sizePt.landscape);
    const portrait = planTableFragment({ catalogId: "tt19-mn", landscape: false });
    expect(portrait.landscape).toBe(false);
    expect(tableOf("tt19-mn", undefined, false).columnWeights).toEqual(
      template.columns.map((column) => column.weight.portrait)
    );
    expect(tableOf("tt19-mn", undefined, false).sizePt).toBe(template.sizePt.portrait);
  });

  it("centres the header and the TT column", () => {
    const table = tableOf("tt19-mn", ["2.3"]);
    expect(table.headerRows[0]?.cells.every((cell) => cell.alignment === "center")).toBe(true);
    expect(table.bodyRows[2]?.cells[0]?.alignment).toBe("center");
  });
});
