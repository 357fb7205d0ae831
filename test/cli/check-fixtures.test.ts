/** `kdcl check` on the real fixtures, run in-process as a user would run it. */
import { EXIT } from "../../src/cli/exit-codes";
import { FIXTURES_DIR, LIEM_HAI, POM_LOT, TAP_HUAN } from "./support/files";
import { parseCheckReport, SCHEMA_MATCHES_TYPE } from "./support/json-shape";
import { runCli } from "./support/run-cli";

const ALL = [POM_LOT, LIEM_HAI, TAP_HUAN];

describe("kdcl check --json on the fixtures", () => {
  it("prints one JSON document of the documented shape, and nothing else", async () => {
    const run = await runCli(["check", "--json", ...ALL]);
    expect(SCHEMA_MATCHES_TYPE).toEqual({
      report: true,
      fileFields: true,
      findingFields: true,
    });
    const report = parseCheckReport(run.stdout);
    expect(run.stderr).toBe("");
    expect(report.files.map((file) => file.file)).toEqual(ALL);
    expect(run.code).toBe(EXIT.ok);
  });

  it("reads the plans' heading and rows", async () => {
    const report = parseCheckReport((await runCli(["check", "--json", ...ALL])).stdout);
    const [pomLot, liemHai, tapHuan] = report.files;
    expect(pomLot).toMatchObject({
      ok: true,
      level: "mn",
      schoolYear: "2021-2022",
      planNumber: "97/KH-MNPL",
      rows: 2,
      complete: 2,
    });
    // "Số: /KH-MNLH": a number left blank is no number.
    expect(liemHai).toMatchObject({
      ok: true,
      level: "mn",
      schoolYear: "2025-2026",
      planNumber: null,
      rows: 12,
    });
    expect(tapHuan).toEqual({
      file: TAP_HUAN,
      ok: true,
      level: null,
      schoolYear: null,
      planNumber: null,
      rows: 0,
      complete: 0,
      findings: [],
    });
  });

  it("gives findings 1-based places, the column role, criterion and text", async () => {
    const report = parseCheckReport((await runCli(["check", "--json", POM_LOT])).stdout);
    const findings = report.files[0]!.findings;
    expect(findings.length).toBeGreaterThan(0);
    // The 2.3 row is the fourth w:tr of the first table: header, "MỨC 1, 2, 3", the standard, the row.
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "deadline-without-year",
        severity: "warning",
        table: 1,
        row: 4,
        column: "deadline",
        criterion: "2.3",
        text: "15/8",
      })
    );
  });

  it("words messages in the chosen language", async () => {
    const vi = parseCheckReport((await runCli(["check", "--json", LIEM_HAI])).stdout);
    const en = parseCheckReport(
      (await runCli(["check", "--json", "--lang", "en", LIEM_HAI])).stdout
    );
    const viMessages = vi.files[0]!.findings.map((finding) => finding.message);
    const enMessages = en.files[0]!.findings.map((finding) => finding.message);
    expect(enMessages).toHaveLength(viMessages.length);
    expect(viMessages.join(" ")).toMatch(/chưa phân công người giám sát/);
    expect(enMessages.join(" ")).toMatch(/Nobody is assigned to monitor/);
    enMessages.forEach((message, index) => expect(message).not.toBe(viMessages[index]));
  });

  it("walks a folder in name order", async () => {
    const report = parseCheckReport((await runCli(["check", "--json", FIXTURES_DIR])).stdout);
    expect(report.files.map((file) => file.file)).toEqual([TAP_HUAN, LIEM_HAI, POM_LOT]);
  });

  it("lets --level override the level read from the document", async () => {
    const report = parseCheckReport(
      (await runCli(["check", "--json", "--level", "th", POM_LOT])).stdout
    );
    expect(report.files[0]!.level).toBe("th");
  });
});

describe("kdcl check, for people", () => {
  it("shows each plan, its findings as a table, and the totals", async () => {
    const run = await runCli(["check", ...ALL]);
    expect(run.code).toBe(EXIT.ok);
    const { stdout } = run;
    expect(stdout).toContain(
      "Kế hoạch mầm non · năm học 2021-2022 · số 97/KH-MNPL · 2 dòng công việc · 2/2 dòng đầy đủ"
    );
    expect(stdout).toContain(
      "Kế hoạch mầm non · năm học 2025-2026 · chưa có số · 12 dòng công việc · 0/12 dòng đầy đủ"
    );
    expect(stdout).toMatch(/Mức\s+Quy tắc\s+Vị trí\s+Tiêu chí\s+Nội dung/);
    expect(stdout).toMatch(/Cảnh báo\s+deadline-without-year\s+bảng 1, dòng 4\s+2\.3\s+Thời gian/);
    expect(stdout).toContain("Không tìm thấy bảng kế hoạch");
    expect(stdout).toContain("Tổng kết");
    expect(stdout).toContain("Đã kiểm tra 3 tệp · tìm thấy 2 kế hoạch · 0 tệp có lỗi");
    expect(stdout).toMatch(/Phát hiện: 0 lỗi, \d+ cảnh báo, \d+ gợi ý/);
    expect(stdout).toMatch(/Thường gặp nhất:\n\s+\d+ × vague-deadline — /);
    expect(run.stderr).toBe("");
  });

  it("keeps one finding per line in a pipe, and wraps to the terminal's width on a TTY", async () => {
    const piped = await runCli(["check", LIEM_HAI]);
    const findingLines = piped.stdout
      .split("\n")
      .filter((line) => /^ {2}(Cảnh báo|Gợi ý)/.test(line));
    expect(findingLines.length).toBeGreaterThan(10);

    const terminal = await runCli(["check", LIEM_HAI], { stdoutTTY: true, columns: 72 });
    const lines = terminal.stdout.split("\n");
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(72);
    expect(lines.length).toBeGreaterThan(piped.stdout.split("\n").length);
  });

  it("speaks English with --lang en", async () => {
    const run = await runCli(["check", "--lang", "en", POM_LOT]);
    expect(run.stdout).toContain(
      "Preschool plan · school year 2021-2022 · no. 97/KH-MNPL · 2 action rows · 2/2 rows complete"
    );
    expect(run.stdout).toMatch(/Warning\s+deadline-without-year\s+table 1, row 4/);
    expect(run.stdout).toContain("1 file checked · 1 plan found · 0 files with errors");
  });
});
