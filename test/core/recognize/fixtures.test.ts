/**
 * Recognition of the shared fixtures, read through the .docx reader. Expected texts come from the
 * fixtures' source texts, never typed here by hand.
 */
import { actionRows, type ActionRow, type Plan } from "../../../src/core/model/plan";
import { recognizePlans, type Recognition } from "../../../src/core/recognize";
import { fixtureDocument, fixtureSourceText } from "../support/fixtures";

function onlyPlan(recognition: Recognition): Plan {
  expect(recognition.plans).toHaveLength(1);
  const plan = recognition.plans[0];
  if (!plan) throw new Error("no plan");
  return plan;
}

/** The first line of a source text matching `pattern`, trimmed (markdown bold removed). */
function sourceLine(text: string, pattern: RegExp): string {
  const line = text
    .split("\n")
    .map((candidate) => candidate.replace(/\*\*/g, "").trim())
    .find((candidate) => pattern.test(candidate));
  if (line === undefined) throw new Error(`no line matching ${pattern}`);
  return line;
}

describe("mn-pom-lot-2021", () => {
  const source = fixtureSourceText("mn-pom-lot-2021");
  let recognition: Recognition;
  let plan: Plan;
  let rows: ActionRow[];
  beforeAll(async () => {
    recognition = recognizePlans(await fixtureDocument("mn-pom-lot-2021"));
    plan = onlyPlan(recognition);
    rows = actionRows(plan);
  });

  it("reads the level from the cited circular (TT19)", () => {
    expect(plan.metadata).toMatchObject({
      level: "mn",
      levelSource: "circular",
      catalogId: "tt19-mn",
    });
  });

  it("reads the school year from the title, the number, the date and the place", () => {
    const yearLine = sourceLine(source, /^Năm học \d{4}/);
    expect(plan.metadata.schoolYear).toMatchObject({
      startYear: 2021,
      endYear: 2022,
      text: yearLine,
    });
    const numberLine = sourceLine(source, /^Số\s*:/);
    expect(plan.metadata.planNumber).toMatchObject({
      blank: false,
      text: numberLine.replace(/^Số\s*:\s*/, ""),
    });
    expect(plan.metadata.planNumber?.text).toBe("97/KH-MNPL");
    expect(plan.metadata.date).toMatchObject({ day: 27, month: 10, year: 2021 });
    const dateLine = sourceLine(source, /ngày \d+ tháng/);
    expect(plan.metadata.place).toBe(dateLine.split(",")[0]);
    expect(plan.metadata.place).toBe("Pom Lót");
  });

  it("finds one nine-column plan table with every role", () => {
    expect(plan.tables).toHaveLength(1);
    const [table] = plan.tables;
    expect(table?.tableIndex).toBe(0);
    expect(table?.headerRowIndices).toEqual([0]);
    expect(table?.columns.map((column) => column.role)).toEqual([
      "number",
      "criterion",
      "weakness",
      "action",
      "owner",
      "deadline",
      "cost",
      "support",
      "note",
    ]);
  });

  it("reads the group rows: MỨC 1, 2, 3 and standards 2 and 3", () => {
    const groups = plan.rows.filter((row) => row.kind !== "action");
    expect(groups.map((row) => row.kind)).toEqual(["levelGroup", "standardGroup", "standardGroup"]);
    expect(groups[0]).toMatchObject({ kind: "levelGroup", levels: [1, 2, 3], rowIndex: 1 });
    const standardTitle = sourceLine(source, /Tiêu chuẩn 2:/)
      .replace(/<\/?b>/g, "")
      .split("\t")
      .pop();
    expect(groups[1]).toMatchObject({
      kind: "standardGroup",
      standardCode: "2",
      numberText: "1",
      titleAsWritten: standardTitle?.replace(/^Tiêu chuẩn 2:\s*/, ""),
    });
    expect(groups[2]).toMatchObject({ kind: "standardGroup", standardCode: "3", numberText: "2" });
  });

  it("reads two action rows with criteria 2.3 and 3.2 under their standards", () => {
    expect(rows.map((row) => [row.standardCode, row.criterionCode, row.criterionSource])).toEqual([
      ["2", "2.3", "code-cell"],
      ["3", "3.2", "code-cell"],
    ]);
    expect(rows[0]?.criterionTitleAsWritten).toBe("Đối với nhân viên");
    expect(rows[0]?.cells.owner?.text).toBe("Hiệu trưởng, nhân viên");
    expect(rows[1]?.cells.owner?.text).toBe("CBQL");
    expect(rows[0]?.cells.owner?.location).toEqual({ tableIndex: 0, rowIndex: 3, cellIndex: 4 });
  });

  it("finds the plan-level monitor and the signer before the appendix", () => {
    const monitorLine = sourceLine(source, /Tổ Giám sát/);
    const monitor = monitorLine.replace(/^\d+\.\s*/, "").replace(/\s*\(.*$/, "");
    expect(plan.metadata.monitorAssignment?.text).toBe(monitor);
    const lines = source.split("\n").map((line) => line.replace(/\*\*/g, "").trim());
    const name = lines.find((line) => /^Vũ /.test(line));
    expect(plan.metadata.signer).toEqual({ title: "HIỆU TRƯỞNG", name });
  });

  it("recognises table 1 as the progress-report appendix, not a plan", () => {
    expect(recognition.appendixTables).toEqual([
      { tableIndex: 1, blockIndex: expect.any(Number), headerRowIndices: [0, 1] },
    ]);
    expect(plan.tables.map((table) => table.tableIndex)).not.toContain(1);
  });

  it("keeps metadata to the plan document (the appendix's number and school are not read)", () => {
    expect(plan.metadata.planNumber?.blockIndex).toBeLessThan(plan.tables[0]?.blockIndex ?? 0);
    expect(plan.metadata.schoolName ?? "").not.toMatch(/Pom Lới/);
  });
});

describe("mn-liem-hai-2025", () => {
  const source = fixtureSourceText("mn-liem-hai-2025");
  let plan: Plan;
  let rows: ActionRow[];
  beforeAll(async () => {
    plan = onlyPlan(recognizePlans(await fixtureDocument("mn-liem-hai-2025")));
    rows = actionRows(plan);
  });

  it("reads the level from the school name and the title's school year", () => {
    expect(plan.metadata).toMatchObject({
      level: "mn",
      levelSource: "school-name",
      catalogId: "tt19-mn",
    });
    expect(plan.metadata.schoolName).toBe(sourceLine(source, /^TRƯỜNG /));
    expect(plan.metadata.schoolYear).toMatchObject({
      startYear: 2025,
      endYear: 2026,
      text: sourceLine(source, /^Năm học:/),
    });
  });

  it("reads a blank plan number", () => {
    const numberLine = sourceLine(source, /^Số:/);
    expect(plan.metadata.planNumber).toMatchObject({
      blank: true,
      text: numberLine.replace(/^Số:\s*/, ""),
    });
    expect(plan.metadata.date).toMatchObject({ day: 6, month: 4, year: 2026 });
    expect(plan.metadata.place).toBe("Ninh Giang");
  });

  it("finds five plan tables, one per standard, named by their headings", () => {
    expect(plan.tables.map((table) => table.headingStandard?.code)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
    ]);
    const headings = source.split("\n").filter((line) => /^\d+[.,] Tiêu chuẩn \d+:/.test(line));
    expect(plan.tables.map((table) => table.headingStandard?.titleAsWritten)).toEqual(
      headings.map((line) => line.replace(/^\d+[.,] Tiêu chuẩn \d+:\s*/, "").trim())
    );
    for (const table of plan.tables) {
      expect(table.columns.map((column) => column.role)).toEqual([
        "weakness",
        "action",
        "deadline",
        "owner",
        "evidence",
      ]);
    }
  });

  it("reads twelve action rows, each under its table's standard, with no criterion codes", () => {
    expect(rows).toHaveLength(12);
    expect(rows.every((row) => row.criterionSource === "standard-only")).toBe(true);
    expect(rows.map((row) => row.standardCode)).toEqual([
      "1",
      "1",
      "2",
      "2",
      "3",
      "3",
      "3",
      "3",
      "4",
      "4",
      "5",
      "5",
    ]);
  });

  it("has no monitor column and no plan-level monitor", () => {
    expect(
      plan.tables.some((table) => table.columns.some((column) => column.role === "monitor"))
    ).toBe(false);
    expect(plan.metadata.monitorAssignment).toBeUndefined();
  });

  it("reads the signer", () => {
    const lines = source
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    expect(plan.metadata.signer).toEqual({ title: "HIỆU TRƯỞNG", name: lines[lines.length - 1] });
  });
});

describe("mn-19-8-tap-huan-2022", () => {
  it("is not a plan: a training plan with no plan table", async () => {
    const recognition = recognizePlans(await fixtureDocument("mn-19-8-tap-huan-2022"));
    expect(recognition.plans).toEqual([]);
    expect(recognition.appendixTables).toEqual([]);
  });
});
