/**
 * The appendix as another word processor shows it: the saved .docx converts to PDF in LibreOffice
 * with the heading, the header and a row's text, the created appendix on landscape pages.
 */
import { findCriterion, getCatalog, type ActionRow } from "../../../src/core";
import {
  containsWordsInOrder,
  isLandscape,
  LIBREOFFICE_TEST_TIMEOUT_MS,
  renderDocument,
  withoutWhitespace,
} from "../../support/libreoffice";
import {
  appendixTable,
  fixtureBytes,
  runThroughDocxHost,
  type FixtureName,
} from "./support/documents";

async function savedWithAppendix(name: FixtureName) {
  const run = await runThroughDocxHost(new Uint8Array(fixtureBytes(name)), `${name}.docx`);
  const rendering = await renderDocument(run.saved, `${name}-appendix.docx`);
  return { run, rendering };
}

function firstAction(run: Awaited<ReturnType<typeof savedWithAppendix>>["run"]): ActionRow {
  const row = run.before.analysis.plans[0]?.rows.find(
    (candidate): candidate is ActionRow => candidate.kind === "action"
  );
  if (!row) throw new Error("no action row");
  return row;
}

describe("the appendix rendered by LibreOffice", () => {
  it(
    "a created appendix: heading, header, rows, on a landscape last page",
    async () => {
      const { run, rendering } = await savedWithAppendix("mn-liem-hai-2025");
      const text = withoutWhitespace(rendering.text);
      for (const expected of [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC NĂM HỌC 2025-2026",
        "(Kèm theo Kế hoạch số …/KH-MNLH ngày 06 tháng 4 năm 2026",
        "Kết quả thực hiện",
      ]) {
        expect(text).toContain(withoutWhitespace(expected));
      }
      const weakness = firstAction(run).cells.weakness?.text ?? "?";
      expect(containsWordsInOrder(rendering.text, weakness)).toBe(true);
      expect(isLandscape(rendering.pages[0]!)).toBe(false);
      expect(isLandscape(rendering.pages.at(-1)!)).toBe(true);
    },
    LIBREOFFICE_TEST_TIMEOUT_MS
  );

  it(
    "a refreshed appendix: the official title and staff's results",
    async () => {
      const { run, rendering } = await savedWithAppendix("mn-pom-lot-2021");
      const title = findCriterion(getCatalog("tt19-mn"), "3.2")?.title ?? "?";
      expect(containsWordsInOrder(rendering.text, title)).toBe(true);
      // What staff wrote under "Những công việc đã triển khai xong…" (grid column 4).
      const done = appendixTable(run.before)
        .rows.slice(2)
        .flatMap((row) => row.cells)
        .filter((cell) => cell.gridColumn === 4 && cell.gridSpan === 1 && cell.text.trim() !== "");
      expect(done.length).toBeGreaterThan(0);
      for (const cell of done) expect(containsWordsInOrder(rendering.text, cell.text)).toBe(true);
      expect(containsWordsInOrder(rendering.text, "Kết quả thực hiện")).toBe(true);
      expect(rendering.text).not.toMatch(/Khó khăn nhóm trẻ/);
    },
    LIBREOFFICE_TEST_TIMEOUT_MS
  );
});
