import { mkdtemp, readdir, readFile, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
import { openDocxFile, saveDocxFile } from "../../../src/hosts/docx/node-file";
import { docxPackage } from "../../support/docx-package";
import { documentXml, p } from "../../ooxml/documents";

describe("the docx host's Node file helpers", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), "kdcl-docx-"));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("opens a file by path, naming it by its base name, and saves over it", async () => {
    const file = join(directory, "Kế hoạch.docx");
    await writeFile(file, await docxPackage(documentXml(p("Mở đầu"))));
    const host = await openDocxFile(file);
    expect(host.fileName).toBe("Kế hoạch.docx");
    await host.applyEdits([
      {
        kind: "insertFragment",
        fragment: { blocks: [{ kind: "paragraph", runs: [{ text: "Thêm" }] }] },
        at: { kind: "end" },
      },
    ]);
    await saveDocxFile(host, file);
    expect(await readdir(directory)).toEqual(["Kế hoạch.docx"]);
    const reopened = await openDocxFile(file);
    expect((await reopened.readDocument()).blocks).toHaveLength(2);
    expect(new Uint8Array(await readFile(file))).toEqual(await host.save());
  });

  it("refuses a missing file with a typed error naming it", async () => {
    await expect(openDocxFile(join(directory, "không có.docx"))).rejects.toMatchObject({
      name: "HostError",
      reason: "not-found",
      userMessage: { vi: expect.stringContaining("không có.docx") },
    });
  });

  it("refuses a bad file with the open error naming it", async () => {
    const file = join(directory, "cũ.doc");
    await writeFile(file, "not a zip");
    await expect(openDocxFile(file)).rejects.toMatchObject({
      problem: "not-a-zip",
      userMessage: { en: expect.stringContaining("cũ.doc") },
    });
  });
});
