import { displayWidth, padEnd, truncate } from "../../src/cli/text/display-width";
import { renderTable } from "../../src/cli/text/table";
import { wrapText } from "../../src/cli/text/wrap";

describe("displayWidth", () => {
  it("counts a Vietnamese letter once, composed or decomposed", () => {
    const composed = "Kế hoạch cải tiến";
    expect(displayWidth(composed)).toBe(17);
    expect(displayWidth(composed.normalize("NFD"))).toBe(17);
    expect(displayWidth("漢字")).toBe(4);
    expect(padEnd("Lỗi", 6)).toBe("Lỗi   ");
    expect(truncate("Cảnh báo dài", 6)).toBe("Cảnh …");
  });
});

describe("wrapText", () => {
  it("fills lines word by word, within the width", () => {
    const lines = wrapText("Dòng tiêu chí 2.3 chưa ghi người chủ trì thực hiện.", 20);
    expect(lines).toEqual(["Dòng tiêu chí 2.3", "chưa ghi người chủ", "trì thực hiện."]);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
  });

  it("breaks rule ids after their hyphens, and anything else at the edge", () => {
    expect(wrapText("deadline-outside-school-year", 10)).toEqual([
      "deadline-",
      "outside-",
      "school-",
      "year",
    ]);
    expect(wrapText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    expect(wrapText("", 10)).toEqual([""]);
  });
});

describe("renderTable", () => {
  const header = ["Mức", "Quy tắc", "Nội dung"];
  const rows = [["Lỗi", "missing-owner", "Dòng tiêu chí 2.3 chưa ghi người chủ trì thực hiện."]];

  it("lines columns up and keeps each row on one line without a width (a pipe)", () => {
    expect(renderTable(header, rows, { indent: "  " })).toEqual([
      "  Mức  Quy tắc        Nội dung",
      "  ───  ─────────────  ────────────────────────────────────────",
      "  Lỗi  missing-owner  Dòng tiêu chí 2.3 chưa ghi người chủ trì thực hiện.",
    ]);
  });

  it("wraps within the terminal's width, the message first, the rule id next", () => {
    const shrink = [
      { column: 2, downTo: 20 },
      { column: 1, downTo: "narrowest" as const },
    ];
    expect(renderTable(header, rows, { width: 40, shrink }).slice(2)).toEqual([
      "Lỗi  missing-owner  Dòng tiêu chí 2.3",
      "                    chưa ghi người chủ",
      "                    trì thực hiện.",
    ]);
    const narrow = renderTable(header, rows, { width: 36, shrink });
    for (const line of narrow) expect(displayWidth(line)).toBeLessThanOrEqual(36);
    expect(narrow.slice(2)).toEqual([
      "Lỗi  missing-   Dòng tiêu chí 2.3",
      "     owner      chưa ghi người chủ",
      "                trì thực hiện.",
    ]);
  });
});
