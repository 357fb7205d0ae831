import JSZip from "jszip";
import { HostError } from "../../../src/hosts/host";
import { DocxOpenError, openDocx, type DocxProblem } from "../../../src/hosts/docx";
import { compoundFile } from "../../support/compound-file";
import { docxPackage } from "../../support/docx-package";
import { documentXml, p } from "../../ooxml/documents";
import { asZip64, withDamagedDirectory, withDeclaredSize, withEncryptedFlag } from "./zip-surgery";

const FILE_NAME = "Kế hoạch cải tiến 2025.docx";
const GOOD_DOCUMENT = documentXml(p("Kế hoạch cải tiến chất lượng"));

async function expectRefusal(
  opening: Promise<unknown>,
  problem: DocxProblem,
  /** null: the file was opened without a name. */
  fileName: string | null = FILE_NAME
): Promise<DocxOpenError> {
  const error = await opening.then(
    () => undefined,
    (caught: unknown) => caught
  );
  expect(error).toBeInstanceOf(DocxOpenError);
  expect(error).toBeInstanceOf(HostError);
  const refusal = error as DocxOpenError;
  expect({ problem: refusal.problem, reason: refusal.reason }).toEqual({
    problem,
    reason: "invalid-input",
  });
  expect(refusal.fileName).toBe(fileName ?? undefined);
  if (fileName !== null) {
    expect(refusal.userMessage.vi).toContain(fileName);
    expect(refusal.userMessage.en).toContain(fileName);
    expect(refusal.message).toContain(fileName);
  }
  expect(refusal.userMessage.vi).not.toBe(refusal.userMessage.en);
  return refusal;
}

describe("openDocx refuses what is not a .docx it can open", () => {
  it("an empty file", async () => {
    await expectRefusal(openDocx(new Uint8Array(0), FILE_NAME), "empty");
  });

  it("a file that is not a zip (text, PDF, RTF, a truncated .docx)", async () => {
    const good = await docxPackage(GOOD_DOCUMENT);
    for (const bytes of [
      new TextEncoder().encode("Kế hoạch cải tiến chất lượng"),
      new TextEncoder().encode("%PDF-1.7\n"),
      new TextEncoder().encode("{\\rtf1\\ansi Kế hoạch}"),
      good.subarray(0, good.length - 30),
    ]) {
      await expectRefusal(openDocx(bytes, FILE_NAME), "not-a-zip");
    }
  });

  it("a damaged zip", async () => {
    const good = await docxPackage(GOOD_DOCUMENT);
    const refusal = await expectRefusal(
      openDocx(withDamagedDirectory(good), FILE_NAME),
      "corrupt-zip"
    );
    expect(refusal.userMessage.vi).toMatch(/bị hỏng/);
  });

  it("a zip without a main document part", async () => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
    );
    zip.file("ghi-chu.txt", "không phải Word");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expectRefusal(openDocx(bytes, FILE_NAME), "missing-document-part");
  });

  it("a package whose main part is not a Word document", async () => {
    const bytes = await docxPackage(
      `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`
    );
    await expectRefusal(openDocx(bytes, FILE_NAME), "not-a-word-document");
  });

  it("a zip bomb that declares its size: refused before anything is inflated", async () => {
    const good = await docxPackage(GOOD_DOCUMENT);
    const bomb = withDeclaredSize(good, "word/document.xml", 0xfffffff0);
    const refusal = await expectRefusal(openDocx(bomb, FILE_NAME), "too-large");
    expect(refusal.userMessage.vi).toContain("100 MB");
    // Zip64 records are followed, and their sizes checked the same way.
    await expectRefusal(openDocx(asZip64(bomb), FILE_NAME), "too-large");
    await expect(openDocx(asZip64(good), FILE_NAME)).resolves.toBeDefined();
  });

  it("a zip bomb that lies about its size: stopped while inflating", async () => {
    const bytes = await docxPackage(GOOD_DOCUMENT, {
      documentBytes: new TextEncoder().encode(`<w:document>${" ".repeat(3_000_000)}`),
    });
    const lying = withDeclaredSize(bytes, "word/document.xml", 100);
    const refusal = await expectRefusal(
      openDocx(lying, FILE_NAME, { limits: { maxUncompressedBytes: 1_000_000 } }),
      "too-large"
    );
    // Counted while inflating: not the declared sizes, not JSZip's check once all is inflated.
    expect((refusal.cause as Error).name).toBe("InflateLimitError");
  });

  it("a zip with too many entries", async () => {
    const extraParts = Object.fromEntries(
      Array.from({ length: 5001 }, (_, i) => [`customXml/item${i}.txt`, ""])
    );
    const bytes = await docxPackage(GOOD_DOCUMENT, { extraParts, compression: "STORE" });
    await expectRefusal(openDocx(bytes, FILE_NAME), "too-large");
    await expectRefusal(
      openDocx(await docxPackage(GOOD_DOCUMENT), FILE_NAME, { limits: { maxEntries: 2 } }),
      "too-large"
    );
  });

  it("a password-protected document (an OLE file holding EncryptionInfo and EncryptedPackage)", async () => {
    const encrypted = compoundFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]);
    const refusal = await expectRefusal(openDocx(encrypted, FILE_NAME), "encrypted");
    expect(refusal.userMessage.vi).toMatch(/mật khẩu/);
    // Even when the compound file's directory cannot be followed.
    const damaged = encrypted.slice();
    damaged[0x1e] = 7;
    await expectRefusal(openDocx(damaged, FILE_NAME), "encrypted");
    // A zip whose entries use the zip format's own encryption is no better.
    const zipEncrypted = withEncryptedFlag(await docxPackage(GOOD_DOCUMENT), "word/document.xml");
    await expectRefusal(openDocx(zipEncrypted, FILE_NAME), "encrypted");
  });

  it("a legacy binary .doc (an OLE file without those streams)", async () => {
    const legacy = compoundFile(["WordDocument", "1Table", "\u0005SummaryInformation"]);
    const refusal = await expectRefusal(
      openDocx(legacy, "Ke hoach 2019.doc"),
      "legacy-doc",
      "Ke hoach 2019.doc"
    );
    expect(refusal.userMessage.vi).toContain("tệp .doc cũ, hãy lưu lại dưới dạng .docx");
  });

  it("malformed XML in the document part, or in the styles it needs, naming the part", async () => {
    const malformed = await docxPackage(documentXml(p("a")).replace("</w:body>", ""));
    const refusal = await expectRefusal(openDocx(malformed, FILE_NAME), "malformed-xml");
    expect(refusal.userMessage.en).toContain("word/document.xml");
    const badStyles = await docxPackage(GOOD_DOCUMENT, {
      extraParts: {
        "word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
        "word/styles.xml": "<w:styles",
      },
    });
    const stylesRefusal = await expectRefusal(openDocx(badStyles, FILE_NAME), "malformed-xml");
    expect(stylesRefusal.userMessage.en).toContain("word/styles.xml");
  });

  it("a document part that is not valid UTF-8", async () => {
    const bytes = new TextEncoder().encode(GOOD_DOCUMENT);
    const broken = new Uint8Array([...bytes.subarray(0, 200), 0xc3, 0x28, ...bytes.subarray(200)]);
    await expectRefusal(
      openDocx(await docxPackage("", { documentBytes: broken }), FILE_NAME),
      "malformed-xml"
    );
  });

  it("says “the file” when it has no name", async () => {
    const refusal = await expectRefusal(openDocx(new Uint8Array(0)), "empty", null);
    expect(refusal.userMessage.vi).toMatch(/^Tệp trống/);
    expect(refusal.userMessage.en).toMatch(/^The file is empty/);
  });
});
