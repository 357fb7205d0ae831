import { downloadName } from "../../src/standalone/document/download-name";

describe("downloadName", () => {
  it.each([
    ["ke-hoach.docx", "ke-hoach-da-sua.docx"],
    ["Kế hoạch cải tiến 2025.DOCX", "Kế hoạch cải tiến 2025-da-sua.docx"],
    ["ke-hoach-da-sua.docx", "ke-hoach-da-sua.docx"],
    ["bao-cao", "bao-cao-da-sua.docx"],
    [".docx", "ke-hoach-da-sua.docx"],
  ])("%p → %p", (original, downloaded) => {
    expect(downloadName(original)).toBe(downloaded);
  });
});
