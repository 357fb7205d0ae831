/** `kdcl report` on the fixtures: the appendix refreshed or added in a copy, the input untouched. */
import { copyFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { EXIT } from "../../src/cli/exit-codes";
import { analyze } from "../../src/core";
import { openDocx } from "../../src/hosts/docx";
import {
  LIEM_HAI,
  POM_LOT,
  TAP_HUAN,
  removeDirectory,
  sha256,
  snapshot,
  temporaryDirectory,
} from "./support/files";
import { parseCheckReport } from "./support/json-shape";
import { runCli } from "./support/run-cli";

async function appendixTableCount(filePath: string): Promise<number> {
  const host = await openDocx(await readFile(filePath), path.basename(filePath));
  return analyze(await host.readDocument()).appendixTables?.length ?? 0;
}

async function planOf(filePath: string) {
  const run = await runCli(["check", "--json", filePath]);
  const { file: _file, findings: _findings, ...plan } = parseCheckReport(run.stdout).files[0]!;
  return plan;
}

describe("kdcl report", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await temporaryDirectory();
  });
  afterEach(() => removeDirectory(directory));

  it("refreshes the existing appendix of mn-pom-lot-2021 in a copy", async () => {
    const inputHash = await sha256(POM_LOT);
    const output = path.join(directory, "pom-lot-bao-cao.docx");
    const run = await runCli(["report", POM_LOT, "-o", output]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(
      /^Đã cập nhật phụ lục đã có: 2 dòng theo kế hoạch; giữ nguyên \d+ ô đã điền/
    );
    // The fixture's heading disagrees with its plan: the plan's number is written in, the
    // leftover "MẪU" title is left for staff, and the report says which is which.
    expect(run.stdout).toContain("Tiêu đề phụ lục so với kế hoạch:");
    expect(run.stdout).toContain(
      "Đã sửa số kế hoạch trong tiêu đề phụ lục theo kế hoạch: “9/KH-MNPL” → “97/KH-MNPL”."
    );
    expect(run.stdout).toContain('Tiêu đề phụ lục còn chữ "MẪU": hãy xem lại');
    expect(run.stdout).toContain(`Đã ghi “${output}”.`);
    expect(await sha256(POM_LOT)).toBe(inputHash);
    expect(await planOf(output)).toEqual(await planOf(POM_LOT));
    expect(await appendixTableCount(output)).toBe(1);

    // Run again on the result: nothing left to change.
    const again = await runCli(["report", output, "--in-place"]);
    expect(again.code).toBe(EXIT.ok);
    expect(again.stdout).toContain("Phụ lục đã khớp với kế hoạch, không cần thay đổi.");
  });

  it("adds an appendix to mn-liem-hai-2025, which has none", async () => {
    const inputHash = await sha256(LIEM_HAI);
    expect(await appendixTableCount(LIEM_HAI)).toBe(0);
    const output = path.join(directory, "liem-hai-bao-cao.docx");
    const run = await runCli(["report", LIEM_HAI, "-o", output, "--lang", "en"]);
    expect(run.code).toBe(EXIT.ok);
    expect(run.stdout).toMatch(
      /^Added PHỤ LỤC \(progress report layout\) at the end of the document: 12 rows/
    );
    expect(await sha256(LIEM_HAI)).toBe(inputHash);
    const plan = await planOf(output);
    expect(plan).toEqual(await planOf(LIEM_HAI));
    expect(plan).toMatchObject({ level: "mn", schoolYear: "2025-2026", rows: 12 });
    expect(await appendixTableCount(output)).toBe(1);
  });

  it("edits the original only with --in-place", async () => {
    const copy = path.join(directory, "ke-hoach.docx");
    await copyFile(LIEM_HAI, copy);
    const before = await sha256(copy);
    const run = await runCli(["report", copy, "--in-place"]);
    expect(run.code).toBe(EXIT.ok);
    expect(await sha256(copy)).not.toBe(before);
    expect(await appendixTableCount(copy)).toBe(1);
  });

  it("refuses to write over the input, or over a file that exists unless --force", async () => {
    const copy = path.join(directory, "ke-hoach.docx");
    await copyFile(POM_LOT, copy);
    const before = await snapshot(directory);

    for (const output of [copy, path.join(directory, ".", "ke-hoach.docx")]) {
      const run = await runCli(["report", copy, "-o", output]);
      expect(run.code).toBe(EXIT.trouble);
      expect(run.stderr).toContain("chính là tệp gốc");
      expect(run.stderr).toContain("--in-place");
    }

    const existing = path.join(directory, "da-co.docx");
    await writeFile(existing, "tệp của người khác");
    const refused = await runCli(["report", copy, "-o", existing]);
    expect(refused.code).toBe(EXIT.trouble);
    expect(refused.stderr).toContain(`tệp “${existing}” đã có`);
    expect(await readFile(existing, "utf8")).toBe("tệp của người khác");
    expect(await snapshot(directory)).toEqual(
      new Map([...before, ["da-co.docx", await sha256(existing)]])
    );

    const forced = await runCli(["report", copy, "-o", existing, "--force"]);
    expect(forced.code).toBe(EXIT.ok);
    expect(await appendixTableCount(existing)).toBe(1);
  });

  it("exits 1 when there is no plan, 2 when the input cannot be read, writing nothing", async () => {
    const output = path.join(directory, "out.docx");
    const noPlan = await runCli(["report", TAP_HUAN, "-o", output]);
    expect(noPlan.code).toBe(EXIT.findings);
    expect(noPlan.stderr).toContain("Không tìm thấy bảng kế hoạch");
    expect(noPlan.stdout).toBe("");

    const empty = path.join(directory, "trong.docx");
    await writeFile(empty, "");
    const unreadable = await runCli(["report", empty, "-o", output]);
    expect(unreadable.code).toBe(EXIT.trouble);
    expect(unreadable.stderr).toContain("“trong.docx” trống");

    const missing = await runCli(["report", path.join(directory, "khong-co.docx"), "-o", output]);
    expect(missing.code).toBe(EXIT.trouble);
    expect(missing.stderr).toContain("khong-co.docx");
    const folder = await runCli(["report", directory, "-o", output]);
    expect(folder.code).toBe(EXIT.trouble);
    expect(folder.stderr).toContain("là thư mục");
    expect([...(await snapshot(directory)).keys()]).toEqual(["trong.docx"]);
  });
});
