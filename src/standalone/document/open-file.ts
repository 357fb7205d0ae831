import type { LocalizedText } from "../../core/model/localized";
import { DocxOpenError, openDocx } from "../../hosts/docx";
import { OpenedFile, type FileOrigin } from "./opened-file";

export type OpenResult = { ok: true; file: OpenedFile } | { ok: false; message: LocalizedText };

/**
 * Opens a .docx from its bytes. A file that is not one we can open gives the docx host's own
 * message, which names the file and says what to do (save as .docx, remove the password…).
 */
export async function openFileBytes(
  bytes: Uint8Array,
  fileName: string,
  origin: FileOrigin
): Promise<OpenResult> {
  try {
    return { ok: true, file: new OpenedFile(await openDocx(bytes, fileName), fileName, origin) };
  } catch (error) {
    if (error instanceof DocxOpenError) return { ok: false, message: error.userMessage };
    throw error;
  }
}

/** The bytes of a file the user chose or dropped. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return new Uint8Array(await file.arrayBuffer());
  // Browsers before 2020 (and jsdom) have FileReader only.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}
