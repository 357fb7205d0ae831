/**
 * The built command line, run as users run it: `node bin/kdcl.js …` in a child process. The
 * bundle exists after `npm install` (the "prepare" script) and after `npm run build`; on a tree
 * where neither has run, these tests are skipped and say why.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import packageJson from "../../package.json";
import { EXIT } from "../../src/cli/exit-codes";
import { LIEM_HAI, POM_LOT, removeDirectory, temporaryDirectory } from "./support/files";
import { parseCheckReport } from "./support/json-shape";

const ROOT = path.resolve(__dirname, "../..");
const BIN = path.join(ROOT, "bin", "kdcl.js");
const BUNDLE = path.join(ROOT, "dist", "cli", "kdcl.js");

interface Spawned {
  code: number;
  stdout: string;
  stderr: string;
}

async function node(args: readonly string[]): Promise<Spawned> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, args, {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const built = existsSync(BUNDLE);
const describeBuilt = built ? describe : describe.skip;

describeBuilt(
  built
    ? "the built kdcl"
    : "the built kdcl (skipped: dist/cli/kdcl.js is not built; npm run build:cli)",
  () => {
    it("prints its version", async () => {
      expect(await node([BIN, "--version"])).toEqual({
        code: EXIT.ok,
        stdout: `kdcl ${packageJson.version}\n`,
        stderr: "",
      });
    });

    it("checks the fixtures into one JSON document on a pipe, with nothing on stderr", async () => {
      const run = await node([BIN, "check", "--json", POM_LOT, LIEM_HAI]);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(EXIT.ok);
      const report = parseCheckReport(run.stdout);
      expect(report.files.map((file) => [file.level, file.schoolYear, file.rows])).toEqual([
        ["mn", "2021-2022", 2],
        ["mn", "2025-2026", 12],
      ]);
    });

    it("runs as dist/cli/kdcl.js directly too, and exits 2 on a missing file", async () => {
      const run = await node([BUNDLE, "check", path.join(ROOT, "khong-co.docx")]);
      expect(run.code).toBe(EXIT.trouble);
      expect(run.stdout).toContain("khong-co.docx");
    });
  }
);

describe("bin/kdcl.js without a build", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await temporaryDirectory();
  });
  afterAll(() => removeDirectory(directory));

  it("says how to build instead of failing with a stack trace", async () => {
    await mkdir(path.join(directory, "bin"));
    await copyFile(BIN, path.join(directory, "bin", "kdcl.js"));
    const run = await node([path.join(directory, "bin", "kdcl.js"), "--version"]);
    expect(run.code).toBe(EXIT.trouble);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("npm run build:cli");
    expect(run.stderr).not.toMatch(/at .*\(node:/);
  });
});
