/**
 * The name a changed file is downloaded under: the original's, with "-da-sua" ("đã sửa", edited)
 * before ".docx". Plain ASCII, so it survives every file system, zip tool and chat app the file
 * travels through; added once, so editing a downloaded file again keeps one suffix.
 */
export const EDITED_SUFFIX = "-da-sua";

const DOCX_EXTENSION = /\.docx$/i;

export function downloadName(fileName: string): string {
  const base = fileName.trim().replace(DOCX_EXTENSION, "") || "ke-hoach";
  const withoutSuffix = base.endsWith(EDITED_SUFFIX) ? base.slice(0, -EDITED_SUFFIX.length) : base;
  return `${withoutSuffix}${EDITED_SUFFIX}.docx`;
}
