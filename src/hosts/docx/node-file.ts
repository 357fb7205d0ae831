/** Node-only helpers around the docx host, for the command line. */
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { HostError } from "../host";
import type { DocxHost } from "./docx-host";
import { openDocx, type OpenDocxOptions } from "./open-docx";

/** Opens a .docx file; the messages of any refusal name the file by its base name. */
export async function openDocxFile(filePath: string, options?: OpenDocxOptions): Promise<DocxHost> {
  const fileName = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new HostError(missing ? "not-found" : "host-error", {
      vi: missing
        ? `Không tìm thấy tệp “${fileName}”.`
        : `Không đọc được tệp “${fileName}” (${String(error)}).`,
      en: missing
        ? `The file “${fileName}” does not exist.`
        : `The file “${fileName}” cannot be read (${String(error)}).`,
    });
  }
  return openDocx(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    fileName,
    options
  );
}

/**
 * Saves the host's package to `filePath` through a temporary file in the same folder, renamed
 * over the target: an interrupted save never leaves a half-written document behind.
 */
export async function saveDocxFile(host: DocxHost, filePath: string): Promise<void> {
  const bytes = await host.save();
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}.${Date.now()}.tmp`
  );
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
