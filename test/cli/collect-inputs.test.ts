import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { collectInputs } from "../../src/cli/check/collect-inputs";
import { removeDirectory, temporaryDirectory } from "./support/files";

describe("collectInputs", () => {
  let root: string;
  beforeAll(async () => {
    root = await temporaryDirectory();
    const files = [
      "b.docx",
      "A.DOCX",
      "Đông Hải.docx",
      "Dương Nội.docx",
      "truong-10/ke-hoach.docx",
      "ghi-chu.txt",
      "~$b.docx",
      ".an.docx",
      "truong-2/ke-hoach.docx",
      "truong-1/ke-hoach.docx",
      ".git/x.docx",
      "trong/ghi-chu.txt",
    ];
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), "");
    }
    // A link back up the tree must not walk forever.
    await symlink(root, path.join(root, "truong-1", "vong-lap"));
  });
  afterAll(() => removeDirectory(root));

  it("walks folders recursively in name order, skipping hidden files and Word's lock files", async () => {
    expect(await collectInputs([root])).toEqual(
      [
        "A.DOCX",
        "b.docx",
        "Dương Nội.docx",
        "Đông Hải.docx",
        "truong-1/ke-hoach.docx",
        "truong-2/ke-hoach.docx",
        "truong-10/ke-hoach.docx",
      ].map((file) => ({
        kind: "file",
        path: path.join(root, file),
      }))
    );
  });

  it("keeps the arguments' order, reads a file once, and reports what is not there", async () => {
    const given = path.join(root, "b.docx");
    const entries = await collectInputs([
      given,
      path.join(root, "truong-2"),
      path.join(root, "khong-co.docx"),
      path.join(root, "trong"),
      path.join(root, "~$b.docx"),
      root,
    ]);
    expect(entries.slice(0, 5)).toEqual([
      { kind: "file", path: given },
      { kind: "file", path: path.join(root, "truong-2", "ke-hoach.docx") },
      { kind: "problem", path: path.join(root, "khong-co.docx"), problem: "missing" },
      { kind: "problem", path: path.join(root, "trong"), problem: "empty-directory" },
      // Named explicitly, a lock file is read (and will be reported for what it is).
      { kind: "file", path: path.join(root, "~$b.docx") },
    ]);
    expect(entries.slice(5).map((entry) => path.relative(root, entry.path))).toEqual([
      "A.DOCX",
      "Dương Nội.docx",
      "Đông Hải.docx",
      path.join("truong-1", "ke-hoach.docx"),
      path.join("truong-10", "ke-hoach.docx"),
    ]);
  });
});
