/**
 * The real plans of ../shared/fixtures, recognised by `analyze`, edited with the rows we plan and
 * written by the OOXML writer, then read and recognised again.
 */
import { analyze } from "../../../src/core";
import type { DocumentEdit } from "../../../src/core/edits/edit";
import { planCriterionRows } from "../../../src/core/insert";
import type { ActionRow, Plan } from "../../../src/core/model/plan";
import { applyEditsToDocumentXml, readDocumentXml, readDocxParts } from "../../../src/ooxml";
import { fixtureParts, type FixtureName } from "../../ooxml/fixtures";
import {
  criterionLabel,
  insertRowsEdits,
  placements,
  rowTexts,
  setCellTextEdits,
} from "./support/edits";

interface Fixture {
  documentXml: string;
  reading: ReturnType<typeof readDocxParts>;
  plan: Plan;
}

async function fixture(name: FixtureName): Promise<Fixture> {
  const parts = await fixtureParts(name);
  const reading = readDocxParts(parts);
  const documentXml = parts.get(reading.documentPartName);
  if (documentXml === undefined) throw new Error(`${name} has no ${reading.documentPartName}`);
  const [plan] = analyze(reading.model).plans;
  if (!plan) throw new Error(`no plan recognised in ${name}`);
  return { documentXml, reading, plan };
}

/** The plan recognised after applying the edits to the fixture's document part. */
function planAfter(documentXml: string, edits: readonly DocumentEdit[]): Plan {
  const model = readDocumentXml(applyEditsToDocumentXml(documentXml, edits)).model;
  const [plan] = analyze(model).plans;
  if (!plan) throw new Error("the edited document has no plan");
  return plan;
}

function ruleIdsAfter(documentXml: string, edits: readonly DocumentEdit[]): string[] {
  const model = readDocumentXml(applyEditsToDocumentXml(documentXml, edits)).model;
  return analyze(model).findings.map((finding) => finding.ruleId);
}

function actionRowsOf(plan: Plan, tableIndex?: number): ActionRow[] {
  return plan.rows.filter(
    (row): row is ActionRow =>
      row.kind === "action" && (tableIndex === undefined || row.tableIndex === tableIndex)
  );
}

describe("on mn-pom-lot-2021 (one table, group rows, criterion codes)", () => {
  it("puts 2.1 before 2.3 and 3.1 before 3.2, and renumbers TT", async () => {
    const { reading, plan } = await fixture("mn-pom-lot-2021");
    const result = planCriterionRows(reading.model, plan, ["3.1", "2.1"]);
    expect(result.added).toEqual(["2.1", "3.1"]);
    expect(placements(result.edits)).toEqual([
      "t0 after 2: criterion:2.1",
      "t0 after 4: criterion:3.1",
    ]);
    const rows = insertRowsEdits(result.edits).map((edit) => edit.rows[0]);
    expect(rows.map((row) => row && rowTexts(row).slice(0, 2))).toEqual([
      ["1", criterionLabel("tt19-mn", "2.1")],
      ["3", criterionLabel("tt19-mn", "3.1")],
    ]);
    expect(setCellTextEdits(result.edits)).toEqual([
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 3, cellIndex: 0 },
        expectedText: "1",
        text: "2",
      },
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 5, cellIndex: 0 },
        expectedText: "2",
        text: "4",
      },
    ]);
  });

  it("writes rows that read back as the plan's criteria, in order, under their standards", async () => {
    const { documentXml, reading, plan } = await fixture("mn-pom-lot-2021");
    const { edits } = planCriterionRows(reading.model, plan, ["2.1", "3.1", "1.1", "5.4"]);
    const after = planAfter(documentXml, edits);
    expect(
      actionRowsOf(after).map((row) => [row.numberText, row.standardCode, row.criterionCode])
    ).toEqual([
      ["1", "1", "1.1"],
      ["2", "2", "2.1"],
      ["3", "2", "2.3"],
      ["4", "3", "3.1"],
      ["5", "3", "3.2"],
      ["6", "5", "5.4"],
    ]);
    const groups = after.rows.flatMap((row) =>
      row.kind === "standardGroup" ? [[row.numberText, row.standardCode]] : []
    );
    expect(groups).toEqual([
      ["1", "1"],
      ["2", "2"],
      ["3", "3"],
      ["4", "5"],
    ]);
    const numberingRules = ["duplicate-number", "number-out-of-order"];
    const structureRules = ["criterion-wrong-standard", "shifted-row"];
    expect(ruleIdsAfter(documentXml, edits)).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp([...numberingRules, ...structureRules].join("|"))),
      ])
    );
    // Without the TT edits the same rows leave the numbering broken: the renumbering matters.
    const rowsOnly = edits.filter((edit) => edit.kind === "insertRows");
    expect(ruleIdsAfter(documentXml, rowsOnly)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(numberingRules.join("|")))])
    );
  });
});

describe("on mn-liem-hai-2025 (one table per standard, no codes)", () => {
  it("puts a criterion of standard 3 at the end of the Tiêu chuẩn 3 table", async () => {
    const { documentXml, reading, plan } = await fixture("mn-liem-hai-2025");
    const result = planCriterionRows(reading.model, plan, ["3.1"]);
    expect(placements(result.edits)).toEqual(["t2 after 4: criterion:3.1"]);
    expect(setCellTextEdits(result.edits)).toEqual([]);
    const after = planAfter(documentXml, result.edits);
    const rows = actionRowsOf(after, 2);
    expect(rows).toHaveLength(5);
    expect(rows[4]).toMatchObject({ standardCode: "3", criterionCode: "3.1" });
    expect(rows[4]?.cells.weakness?.text).toBe(criterionLabel("tt19-mn", "3.1"));
  });
});
