/**
 * `kdcl new`: a plan document for each level that Word's rival opens without complaint, shows the
 * plan table, and that `kdcl check` reads back as a plan of that level.
 */
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { EXIT } from "../../src/cli/exit-codes";
import { catalogFor, planTableTemplateFor, type SchoolLevel } from "../../src/core";
import { openDocx } from "../../src/hosts/docx";
import {
  containsWordsInOrder,
  isLandscape,
  LIBREOFFICE_TEST_TIMEOUT_MS,
  renderDocument,
} from "../support/libreoffice";
import { removeDirectory, snapshot, temporaryDirectory } from "./support/files";
import { parseCheckReport } from "./support/json-shape";
import { runCli } from "./support/run-cli";

const LEVELS: readonly SchoolLevel[] = ["mn", "th", "thcs-thpt"];

describe("kdcl new", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await temporaryDirectory();
  });
  afterAll(() => removeDirectory(directory));

  async function checkOf(filePath: string) {
    const run = await runCli(["check", "--json", filePath]);
    return parseCheckReport(run.stdout).files[0]!;
  }

  it.each(LEVELS)(
    "writes a %s plan that LibreOffice renders with its table and check reads back",
    async (level) => {
      const output = path.join(directory, `ke-hoach-${level}.docx`);
      const run = await runCli(["new", "--level", level, "-o", output]);
      expect(run.code).toBe(EXIT.ok);
      expect(run.stdout).toContain(`Đã tạo “${output}”`);

      const bytes = await readFile(output);
      const host = await openDocx(bytes, path.basename(output));
      const document = await host.readDocument();
      expect(document.blocks.filter((block) => block.kind === "table")).toHaveLength(1);

      const rendering = await renderDocument(bytes, path.basename(output));
      const headers = planTableTemplateFor(catalogFor(level, "2018").id).columns.map(
        (column) => column.header
      );
      for (const header of headers) expect(containsWordsInOrder(rendering.text, header)).toBe(true);
      expect(containsWordsInOrder(rendering.text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBe(true);
      expect(
        containsWordsInOrder(rendering.text, "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC")
      ).toBe(true);
      expect(containsWordsInOrder(rendering.text, "IV. TỔ CHỨC THỰC HIỆN")).toBe(true);
      // The heading on a portrait A4 page, the table across a landscape one, section IV portrait again.
      const [first, ...rest] = rendering.pages;
      expect(first && isLandscape(first)).toBe(false);
      expect(Math.round(first!.width)).toBe(595);
      expect(rest.some(isLandscape)).toBe(true);
      expect(isLandscape(rendering.pages[rendering.pages.length - 1]!)).toBe(false);

      expect(await checkOf(output)).toMatchObject({
        ok: true,
        level,
        schoolYear: null,
        planNumber: null,
        rows: 0,
      });
    },
    LIBREOFFICE_TEST_TIMEOUT_MS
  );

  it("puts the chosen criteria in the table, in catalog order", async () => {
    const output = path.join(directory, "tieu-hoc.docx");
    const run = await runCli(["new", "--level", "th", "--criteria", "2.3,1.1", "-o", output]);
    expect(run.code).toBe(EXIT.ok);
    const checked = await checkOf(output);
    expect(checked).toMatchObject({ level: "th", rows: 2, complete: 0 });
    const criteria = checked.findings
      .filter((finding) => finding.rule === "missing-owner")
      .map((finding) => finding.criterion);
    expect(criteria).toEqual(["1.1", "2.3"]);
  });

  it("follows TT57 when asked, the level still read from the document", async () => {
    const output = path.join(directory, "tt57.docx");
    const run = await runCli([
      "new",
      "--level",
      "thcs-thpt",
      "--framework",
      "tt57",
      "--criteria",
      "1.1",
      "-o",
      output,
    ]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toContain("57/2026/TT-BGDĐT");
    expect(await checkOf(output)).toMatchObject({ level: "thcs-thpt", rows: 1 });
  });

  it("leaves what only the school knows blank, and invents nothing", async () => {
    const output = path.join(directory, "mam-non.docx");
    await runCli(["new", "--level", "mn", "-o", output]);
    const host = await openDocx(await readFile(output), "mam-non.docx");
    const texts = (await host.readDocument()).blocks.flatMap((block) =>
      block.kind === "paragraph" ? [block.text] : []
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        "Số: ……/KH-……",
        "KẾ HOẠCH",
        "Cải tiến chất lượng giáo dục",
        expect.stringMatching(/^Năm học …+$/),
        expect.stringMatching(/^…+, ngày …… tháng …… năm ……$/),
        "HIỆU TRƯỞNG",
      ])
    );
    // The only numbers in the text are the circular's.
    const numbers = texts.join("\n").match(/\d+/g) ?? [];
    expect(new Set(numbers)).toEqual(new Set(["19", "2018", "22", "8", "1", "2", "3"]));
  });

  it("refuses unknown criteria and an existing file, writing nothing", async () => {
    const before = await snapshot(directory);
    const unknown = await runCli([
      "new",
      "--level",
      "mn",
      "--criteria",
      "1.1,9.9,2.30",
      "-o",
      path.join(directory, "moi.docx"),
    ]);
    expect(unknown.code).toBe(EXIT.trouble);
    expect(unknown.stderr).toContain("Không có tiêu chí 9.9, 2.30 trong Trường mầm non");

    const existing = path.join(directory, "da-co.docx");
    await writeFile(existing, "giữ nguyên");
    const refused = await runCli(["new", "--level", "mn", "-o", existing]);
    expect(refused.code).toBe(EXIT.trouble);
    expect(refused.stderr).toContain("đã có");
    expect(await readFile(existing, "utf8")).toBe("giữ nguyên");
    expect((await snapshot(directory)).size).toBe(before.size + 1);

    const forced = await runCli(["new", "--level", "mn", "-o", existing, "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    expect((await checkOf(existing)).level).toBe("mn");
  });
});
