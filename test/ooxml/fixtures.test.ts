import { tableGridWidth, type DocumentModel, type TableBlock } from "../../src/core/model/document";
import { readDocxParts } from "../../src/ooxml";
import { paragraphs, tables } from "./documents";
import { fixtureParts, fixtureSourceText, FIXTURE_NAMES, type FixtureName } from "./fixtures";

async function readFixture(name: FixtureName): Promise<DocumentModel> {
  return readDocxParts(await fixtureParts(name)).model;
}

/** The source texts are extractions: bookmarks markers, Markdown emphasis and headings, re-wrapped lines. */
function normalize(text: string): string {
  return text
    .replace(/\[bookmark: [^\]]*\]/g, "")
    .replace(/\*\*|<\/?b>/g, "")
    .replace(/^#+ /gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every line of text the model holds, body and table cells, in document order. */
function textLines(model: DocumentModel): string[] {
  const lines: string[] = [];
  for (const block of model.blocks) {
    const texts =
      block.kind === "paragraph"
        ? [block.text]
        : block.rows.flatMap((row) =>
            row.cells.flatMap((cell) => cell.paragraphs.map((paragraph) => paragraph.text))
          );
    for (const text of texts)
      lines.push(
        ...text
          .split("\n")
          .map(normalize)
          .filter((line) => line !== "")
      );
  }
  return lines;
}

function layoutOf(table: TableBlock, rowIndex: number): string[] {
  return table.rows[rowIndex]!.cells.map(
    (cell) =>
      `${cell.gridColumn}+${cell.gridSpan}${cell.verticalMerge === "none" ? "" : ":" + cell.verticalMerge}`
  );
}

describe("fixtures read end to end", () => {
  it("mn-pom-lot-2021: a 9-column plan table with group rows, and a 7-column appendix with a two-row header", async () => {
    const model = await readFixture("mn-pom-lot-2021");
    const [plan, appendix, ...others] = tables(model);
    expect(others).toHaveLength(0);

    expect(tableGridWidth(plan!)).toBe(9);
    expect(plan!.gridColumnWidths).toHaveLength(9);
    expect(plan!.rows[0]!.cells.map((cell) => cell.text)).toContain("Tiêu chuẩn, tiêu chí");
    const groupRows = plan!.rows.filter((row) => row.cells.some((cell) => cell.gridSpan > 1));
    expect(groupRows.map((row) => row.cells.map((cell) => cell.gridSpan))).toEqual(
      expect.arrayContaining([[9], [1, 8]])
    );
    const spanNine = groupRows.find((row) => row.cells.length === 1)!;
    expect(spanNine.cells[0]).toMatchObject({ gridColumn: 0, gridSpan: 9, text: "MỨC 1, 2, 3" });
    const spanEight = groupRows.find((row) => row.cells.length === 2)!;
    expect(spanEight.cells[1]).toMatchObject({ gridColumn: 1, gridSpan: 8 });
    expect(spanEight.cells[1]!.text).toMatch(/^Tiêu chuẩn \d+:/);

    expect(tableGridWidth(appendix!)).toBe(7);
    expect(layoutOf(appendix!, 0)).toEqual([
      "0+1:restart",
      "1+1:restart",
      "2+2",
      "4+2",
      "6+1:restart",
    ]);
    expect(layoutOf(appendix!, 1)).toEqual([
      "0+1:continue",
      "1+1:continue",
      "2+1",
      "3+1",
      "4+1",
      "5+1",
      "6+1:continue",
    ]);
    expect(appendix!.rows[0]!.cells.map((cell) => cell.text)).toEqual([
      "TT",
      "Tiêu chuẩn, tiêu chí",
      expect.stringMatching(/^ND Kế hoạch/),
      "Kết quả thực hiện",
      "Ghi chú",
    ]);
    expect([plan!.tableIndex, appendix!.tableIndex]).toEqual([0, 1]);
  });

  it("mn-liem-hai-2025: five 5-column tables, each under its 'N. Tiêu chuẩn N' heading", async () => {
    const model = await readFixture("mn-liem-hai-2025");
    const found = tables(model);
    expect(found).toHaveLength(5);
    found.forEach((table, index) => {
      expect(table.tableIndex).toBe(index);
      expect(tableGridWidth(table)).toBe(5);
      expect(table.rows.every((row) => row.cells.length === 5)).toBe(true);
      const heading = model.blocks[table.blockIndex - 1];
      expect(heading?.kind).toBe("paragraph");
      const n = index + 1;
      expect(heading?.kind === "paragraph" && heading.text).toMatch(
        new RegExp(`^${n}[.,] Tiêu chuẩn ${n}: `)
      );
      expect(heading?.kind === "paragraph" && heading.bold).toBe(true);
    });
  });

  it("mn-19-8-tap-huan-2022: no tables", async () => {
    const model = await readFixture("mn-19-8-tap-huan-2022");
    expect(tables(model)).toHaveLength(0);
    expect(paragraphs(model).length).toBeGreaterThan(50);
  });

  it("reads formatting LibreOffice wrote", async () => {
    const model = await readFixture("mn-pom-lot-2021");
    const title = paragraphs(model).find((paragraph) => paragraph.text === "KẾ HOẠCH");
    expect(title).toMatchObject({ bold: true, alignment: "center", styleId: "TextBody" });
    expect(title?.headingLevel).toBeUndefined();
  });

  describe.each(FIXTURE_NAMES)("%s against its source text", (name) => {
    it("has its text in the source text, in the same order", async () => {
      const lines = textLines(await readFixture(name));
      const source = normalize(fixtureSourceText(name));
      expect(lines.length).toBeGreaterThan(20);
      // The extraction re-wraps and truncates some long cells, so whole lines are compared
      // where the source has them, and every line's beginning everywhere.
      expect(lines.filter((line) => !source.includes(line.slice(0, 20)))).toEqual([]);
      const whole = lines.filter((line) => source.includes(line));
      expect(whole.length / lines.length).toBeGreaterThan(0.9);
      let position = 0;
      for (const line of whole.filter((candidate) => candidate.length >= 20)) {
        const found = source.indexOf(line, position);
        expect({ line, inOrder: found !== -1 }).toEqual({ line, inOrder: true });
        position = found + line.length;
      }
    });
  });
});
