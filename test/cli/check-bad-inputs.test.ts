/**
 * Files a district office will meet in a folder of 300 plans: each is reported with a message
 * naming it, the run goes on with the others, the exit code says some input was not read, and
 * nothing is written anywhere.
 */
import JSZip from "jszip";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { EXIT } from "../../src/cli/exit-codes";
import { compoundFile } from "../support/compound-file";
import { docxPackage } from "../support/docx-package";
import { withDeclaredSize } from "../hosts/docx/zip-surgery";
import {
  FIXTURES_DIR,
  POM_LOT,
  removeDirectory,
  snapshot,
  temporaryDirectory,
} from "./support/files";
import { parseCheckReport } from "./support/json-shape";
import { runCli } from "./support/run-cli";

/** Bytes that look random but are the same on every run (a linear congruential generator). */
function noise(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = 20251123;
  for (let i = 0; i < length; i++) {
    state = (state * 1664525 + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

async function zipWithoutDocument(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
  );
  zip.file("ghi-chu.txt", "không phải Word");
  return zip.generateAsync({ type: "uint8array" });
}

/** A small zip whose main part claims to unpack to 3 GB: refused before anything is inflated. */
async function zipBomb(): Promise<Uint8Array> {
  const body = `<w:body><w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p></w:body>`;
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${body}</w:document>`;
  return withDeclaredSize(await docxPackage(xml), "word/document.xml", 3_000_000_000);
}

interface BadInput {
  readonly name: string;
  /** Absent: the path does not exist. */
  readonly bytes?: () => Promise<Uint8Array> | Uint8Array;
  /** What the message says, in Vietnamese. */
  readonly says: RegExp;
}

const BAD_INPUTS: readonly BadInput[] = [
  { name: "trong.docx", bytes: () => new Uint8Array(0), says: /trống \(0 byte\)/ },
  { name: "ngau-nhien.docx", bytes: () => noise(4096), says: /không phải tài liệu Word \.docx/ },
  { name: "khong-co-noi-dung.docx", bytes: zipWithoutDocument, says: /thiếu word\/document\.xml/ },
  { name: "bom-nen.docx", bytes: zipBomb, says: /quá lớn/ },
  {
    name: "co-mat-khau.docx",
    bytes: () => compoundFile(["EncryptionInfo", "EncryptedPackage"]),
    says: /đặt mật khẩu/,
  },
  { name: "ke-hoach-cu.doc", bytes: () => compoundFile(["WordDocument"]), says: /tệp \.doc cũ/ },
  { name: "khong-ton-tai.docx", says: /Không tìm thấy/ },
];

describe("kdcl check on files it cannot read", () => {
  let directory: string;
  let inputs: string[];

  beforeAll(async () => {
    directory = await temporaryDirectory();
    inputs = [];
    for (const bad of BAD_INPUTS) {
      const filePath = path.join(directory, bad.name);
      if (bad.bytes) await writeFile(filePath, await bad.bytes());
      inputs.push(filePath);
    }
    const emptyFolder = path.join(directory, "thu-muc-rong");
    await mkdir(emptyFolder);
    await writeFile(path.join(emptyFolder, "ghi-chu.txt"), "không có kế hoạch");
    inputs.push(emptyFolder);
  });

  afterAll(() => removeDirectory(directory));

  it("names each file, says what is wrong, goes on, exits 2 and writes nothing", async () => {
    const before = await snapshot(directory);
    const fixturesBefore = await snapshot(FIXTURES_DIR);
    const run = await runCli(["check", ...inputs, POM_LOT]);
    expect(run.code).toBe(EXIT.trouble);
    const blocks = run.stdout.split("\n\n");
    BAD_INPUTS.forEach((bad, index) => {
      const block = blocks[index]!;
      expect(block.startsWith(inputs[index]!)).toBe(true);
      expect(block).toContain(`Không đọc được: `);
      expect(block).toContain(bad.name);
      expect(block).toMatch(bad.says);
    });
    expect(blocks[BAD_INPUTS.length]).toContain("Thư mục");
    expect(blocks[BAD_INPUTS.length]).toContain("không có tệp .docx nào");
    // The good plan after them is still read and reported.
    expect(run.stdout).toContain("số 97/KH-MNPL");
    expect(run.stdout).toContain(`Đã kiểm tra ${inputs.length + 1} tệp · tìm thấy 1 kế hoạch`);
    expect(run.stdout).toContain(`${inputs.length} tệp không đọc được`);
    expect(await snapshot(directory)).toEqual(before);
    expect(await snapshot(FIXTURES_DIR)).toEqual(fixturesBefore);
  });

  it("reports them in JSON with ok false and the message, in the chosen language", async () => {
    const run = await runCli(["check", "--json", "--lang", "en", ...inputs, POM_LOT]);
    expect(run.code).toBe(EXIT.trouble);
    expect(run.stderr).toBe("");
    const report = parseCheckReport(run.stdout);
    expect(report.files.map((file) => file.ok)).toEqual([...inputs.map(() => false), true]);
    report.files.slice(0, BAD_INPUTS.length).forEach((file, index) => {
      expect(file.file).toBe(inputs[index]);
      expect(file.error).toContain(BAD_INPUTS[index]!.name);
    });
    expect(report.files[1]!.error).toMatch(/not a Word \.docx document/);
    expect(report.files[inputs.length - 1]!.error).toMatch(/holds no \.docx file/);
  });
});

describe("kdcl check's exit code", () => {
  let directory: string;
  let withErrors: string;

  beforeAll(async () => {
    directory = await temporaryDirectory();
    withErrors = path.join(directory, "chua-dien.docx");
    // A new plan with criteria and nothing filled in: rows without owner or deadline are errors.
    const created = await runCli(["new", "--level", "th", "--criteria", "1.1", "-o", withErrors]);
    expect(created.code).toBe(EXIT.ok);
  });

  afterAll(() => removeDirectory(directory));

  it("is 1 when a plan has an error finding", async () => {
    const run = await runCli(["check", withErrors, POM_LOT]);
    expect(run.stdout).toMatch(/Lỗi\s+missing-owner/);
    expect(run.stdout).toContain("1 tệp có lỗi");
    expect(run.code).toBe(EXIT.findings);
  });

  it("is 2 when an input could not be read as well: 2 wins over 1", async () => {
    const run = await runCli(["check", withErrors, path.join(directory, "khong-co.docx")]);
    expect(run.code).toBe(EXIT.trouble);
  });
});
