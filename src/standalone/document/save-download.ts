const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** How long the object URL lives after the click: the browser reads it when the save starts. */
const REVOKE_AFTER_MS = 30_000;

/**
 * Hands the bytes to the browser's download: an object URL clicked through a temporary link. No
 * request leaves the page; the bytes go from memory to the user's Downloads folder.
 */
export function saveDownload(bytes: Uint8Array, fileName: string, doc: Document = document): void {
  const blob = new Blob([bytes.slice()], { type: DOCX_MIME });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
