/**
 * A fragment rendered by the OOXML writer and read back: recognition finds our table as a plan
 * table with every column in the role the template meant, and our rows as what we wrote.
 */
import { analyze } from "../../../src/core";
import type { CatalogId } from "../../../src/core/catalog";
import {
  defaultInsertPosition,
  planCriterionRows,
  planTableFragment,
} from "../../../src/core/insert";
import type { ActionRow, Plan } from "../../../src/core/model/plan";
import { planTableTemplateFor } from "../../../src/core/templates";
import { applyEditsToDocumentXml, readDocumentXml, readDocxParts } from "../../../src/ooxml";
import { fixtureParts } from "../../ooxml/fixtures";

interface Written {
  documentXml: string;
  plan: Plan;
}

/** The training plan fixture: a real document with no plan table, where a new table goes. */
async function writeFragment(
  catalogId: CatalogId,
  criteria?: string[],
  landscape?: boolean
): Promise<Written> {
  const parts = await fixtureParts("mn-19-8-tap-huan-2022");
  const reading = readDocxParts(parts);
  expect(analyze(reading.model).plans).toEqual([]);
  const documentXml = parts.get(reading.documentPartName) ?? "";
  const fragment = planTableFragment({
    catalogId,
    ...(criteria ? { criteria } : {}),
    ...(landscape === undefined ? {} : { landscape }),
  });
  const edited = applyEditsToDocumentXml(documentXml, [
    { kind: "insertFragment", fragment, at: defaultInsertPosition(reading.model) },
  ]);
  const framework = catalogId.startsWith("tt57") ? "tt57" : "2018";
  const [plan] = analyze(readDocumentXml(edited).model, { framework }).plans;
  if (!plan) throw new Error("our table was not recognised as a plan");
  return { documentXml: edited, plan };
}

async function planWithFragment(catalogId: CatalogId, criteria?: string[], landscape?: boolean) {
  return (await writeFragment(catalogId, criteria, landscape)).plan;
}

function actionRows(plan: Plan): ActionRow[] {
  return plan.rows.filter((row): row is ActionRow => row.kind === "action");
}

describe("a plan-table fragment written and read back", () => {
  it.each<[CatalogId, boolean | undefined]>([
    ["tt19-mn", undefined],
    ["tt17-th", false],
    ["tt57-pt", undefined],
  ])(
    "is recognised with every column in its role (%s, landscape %s)",
    async (catalogId, landscape) => {
      const plan = await planWithFragment(catalogId, ["1.1", "2.2"], landscape);
      expect(plan.tables).toHaveLength(1);
      const template = planTableTemplateFor(catalogId);
      expect(plan.tables[0]?.columns.map((column) => [column.headerText, column.role])).toEqual(
        template.columns.map((column) => [column.header, column.role])
      );
      expect(plan.tables[0]?.headerRowIndices).toEqual([0]);
      expect(
        actionRows(plan).map((row) => [row.numberText, row.standardCode, row.criterionCode])
      ).toEqual([
        ["1", "1", "1.1"],
        ["2", "2", "2.2"],
      ]);
    }
  );

  it("reads the blank table as the catalog's standards with nothing filled in yet", async () => {
    const plan = await planWithFragment("tt19-mn");
    const standards = plan.rows.flatMap((row) =>
      row.kind === "standardGroup" ? [row.standardCode] : []
    );
    expect(standards).toEqual(["1", "2", "3", "4", "5"]);
    expect(plan.rows[0]).toMatchObject({ kind: "levelGroup", levels: [1, 2, 3] });
    expect(actionRows(plan).filter((row) => row.criterionCode !== undefined)).toEqual([]);
  });

  it("takes criteria added later under their standards, above the blank rows", async () => {
    const { documentXml, plan } = await writeFragment("tt19-mn");
    const model = readDocumentXml(documentXml).model;
    const { edits, added } = planCriterionRows(model, plan, ["3.1", "2.3"]);
    expect(added).toEqual(["2.3", "3.1"]);
    const [after] = analyze(
      readDocumentXml(applyEditsToDocumentXml(documentXml, edits)).model
    ).plans;
    const rows = (after?.rows ?? []).filter((row) => row.tableIndex === plan.tables[0]?.tableIndex);
    const summary = rows.map((row) =>
      row.kind === "standardGroup"
        ? `standard ${row.standardCode}`
        : row.kind === "action"
          ? `${row.numberText ?? ""} ${row.criterionCode ?? "(blank)"}`
          : row.kind
    );
    expect(summary.slice(0, 8)).toEqual([
      "levelGroup",
      "standard 1",
      "empty",
      "standard 2",
      "1 2.3",
      "empty",
      "standard 3",
      "2 3.1",
    ]);
  });
});
