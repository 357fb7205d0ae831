/**
 * Opening one input file for any command, with every refusal turned into one sentence that names
 * the file, in the run's language. The docx host words its own refusals (not a zip, zip bomb,
 * encrypted, legacy .doc…); this adds what only a file system can say.
 */
import { stat } from "node:fs/promises";
import type { Language } from "../core/model/localized";
import { DEFAULT_DOCX_LIMITS, type DocxHost } from "../hosts/docx";
import { openDocxFile } from "../hosts/docx/node-file";
import { HostError } from "../hosts/host";
import type { CliStrings } from "./i18n/strings";

export type OpenedInput =
  { readonly ok: true; readonly host: DocxHost } | { readonly ok: false; readonly message: string };

const MEGABYTE = 1024 * 1024;

/**
 * A .docx's zip never exceeds what it unpacks to by much, so a file larger than the host's unpacked
 * limit is refused before it is read into memory at all.
 */
const MAX_FILE_BYTES = DEFAULT_DOCX_LIMITS.maxUncompressedBytes;

export async function openInput(
  filePath: string,
  language: Language,
  strings: CliStrings
): Promise<OpenedInput> {
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) return { ok: false, message: strings.check.folderGiven(filePath) };
    if (!info.isFile()) return { ok: false, message: strings.check.notAFile(filePath) };
    if (info.size > MAX_FILE_BYTES) {
      return {
        ok: false,
        message: strings.check.tooLarge(filePath, Math.round(MAX_FILE_BYTES / MEGABYTE)),
      };
    }
  } catch {
    return { ok: false, message: strings.check.missingInput(filePath) };
  }
  try {
    return { ok: true, host: await openDocxFile(filePath) };
  } catch (error) {
    if (error instanceof HostError) return { ok: false, message: error.userMessage[language] };
    return { ok: false, message: strings.check.unexpected(filePath, String(error)) };
  }
}
