import { EXIT } from "../../src/cli/exit-codes";
import { KDCL_VERSION } from "../../src/cli/version";
import { runCli } from "./support/run-cli";

describe("help, version and usage errors", () => {
  it("prints the general help in Vietnamese, or in English", async () => {
    const vi = await runCli(["--help"]);
    expect(vi.code).toBe(EXIT.ok);
    expect(vi.stdout).toContain("kdcl check TỆP_HOẶC_THƯ_MỤC...");
    expect(vi.stdout).toContain("Mã thoát");
    const en = await runCli(["--help", "--lang", "en"]);
    expect(en.stdout).toContain("kdcl check FILE_OR_FOLDER...");
    expect(en.stdout).toContain("Exit codes");
  });

  it("prints a command's help", async () => {
    for (const argv of [
      ["help", "check"],
      ["check", "--help"],
    ]) {
      const run = await runCli(argv);
      expect(run.code).toBe(EXIT.ok);
      expect(run.stdout).toContain("--no-progress");
      expect(run.stdout).not.toContain("--in-place");
    }
    expect((await runCli(["help", "report"])).stdout).toContain("--in-place");
    expect((await runCli(["help", "new"])).stdout).toContain("--criteria");
  });

  it("prints the version", async () => {
    const run = await runCli(["--version"]);
    expect(run).toMatchObject({ code: EXIT.ok, stdout: `kdcl ${KDCL_VERSION}\n`, stderr: "" });
    expect(KDCL_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("answers a wrong command line with the problem and where to read more, exit 2", async () => {
    const unknown = await runCli(["check", "a.docx", "--jsno"]);
    expect(unknown).toMatchObject({ code: EXIT.trouble, stdout: "" });
    expect(unknown.stderr).toBe(
      "kdcl: Không có tùy chọn “--jsno”.\n" +
        "Cách dùng: kdcl check TỆP_HOẶC_THƯ_MỤC... [tùy chọn]\n" +
        "Xem hướng dẫn: kdcl help check\n"
    );

    const english = await runCli(["--lang", "en", "frobnicate"]);
    expect(english.code).toBe(EXIT.trouble);
    expect(english.stderr).toContain("Unknown command “frobnicate”");

    const nothing = await runCli([]);
    expect(nothing.code).toBe(EXIT.trouble);
    expect(nothing.stderr).toContain("Chưa chọn lệnh");
    expect(nothing.stderr).toContain("Cách dùng: kdcl <check|report|new|help>");
    expect(nothing.stderr).toContain("Cách dùng: kdcl <check|report|new|help>");
  });
});
