import { readDocumentXml } from "../../../src/ooxml";
import { largePlanDocument, onlyTable } from "../documents";

describe("a large plan table", () => {
  it("reads every row and cell of a 300-row, 9-column table", () => {
    const { model, sourceMap } = readDocumentXml(largePlanDocument());
    const table = onlyTable(model);
    expect(table.rows).toHaveLength(301);
    expect(table.rows[0]!.repeatsAsHeader).toBe(true);
    expect(table.rows.filter((row) => row.cells.length === 9)).toHaveLength(271);
    expect(
      table.rows.filter((row) => row.cells.length === 1 && row.cells[0]!.gridSpan === 9)
    ).toHaveLength(30);
    expect(table.rows[300]!.cells[8]!.text).toBe("Tiêu chí 299.8: nội dung cần cải tiến");
    expect(sourceMap.tables[0]!.rows).toHaveLength(301);
  });
});
