import JSZip from "jszip";
import { OoxmlReadError, readDocxParts, type PackageReading } from "../../ooxml";
import { isCompoundFile, isEncryptedPackage } from "./compound-file";
import { DocxHost } from "./docx-host";
import { InflateBudget, InflateLimitError, inflateXmlParts } from "./inflate-parts";
import { DEFAULT_DOCX_LIMITS, type DocxLimits } from "./limits";
import { docxOpenError, DocxOpenError } from "./open-errors";
import type { DecodedPart } from "./part-encoding";
import { findEndOfDirectory, readZipDirectory, ZipStructureError } from "./zip-directory";

export interface OpenDocxOptions {
  readonly limits?: Partial<DocxLimits>;
}

/**
 * Opens a .docx from its bytes. Refuses, with a `DocxOpenError` (reason "invalid-input") whose
 * message names the file: an empty file; a password-protected document or a legacy .doc (both
 * OLE compound files); anything that is not a zip; a zip that unpacks to too much (declared
 * sizes are checked before inflating, and inflated bytes counted while inflating); a zip without
 * a main document part, or whose main part is not a Word document; malformed XML.
 */
export async function openDocx(
  bytes: Uint8Array,
  fileName?: string,
  options: OpenDocxOptions = {}
): Promise<DocxHost> {
  const limits = { ...DEFAULT_DOCX_LIMITS, ...options.limits };
  if (bytes.length === 0) throw docxOpenError("empty", fileName);
  if (isCompoundFile(bytes)) {
    throw docxOpenError(isEncryptedPackage(bytes) ? "encrypted" : "legacy-doc", fileName);
  }
  checkZipDirectory(bytes, fileName, limits);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    const encrypted = /encrypted/i.test(String(error));
    throw docxOpenError(encrypted ? "encrypted" : "corrupt-zip", fileName, { cause: error });
  }
  const decoded = await inflate(zip, fileName, limits);
  const parts = new Map([...decoded].map(([name, part]) => [name, part.text]));
  const reading = readPackage(parts, fileName);
  const documentPart = decoded.get(reading.documentPartName);
  if (!documentPart?.valid) {
    const detail = `${reading.documentPartName}: not valid ${documentPart?.encoding ?? "text"}`;
    throw docxOpenError("malformed-xml", fileName, { detail });
  }
  return new DocxHost({
    fileName,
    bytes,
    zip,
    parts,
    documentPartName: reading.documentPartName,
    documentEncoding: documentPart.encoding,
    model: reading.model,
  });
}

function checkZipDirectory(bytes: Uint8Array, fileName: string | undefined, limits: DocxLimits) {
  const endOfDirectory = findEndOfDirectory(bytes);
  if (endOfDirectory === undefined) throw docxOpenError("not-a-zip", fileName);
  try {
    const directory = readZipDirectory(
      bytes,
      endOfDirectory,
      limits.maxEntries,
      limits.maxUncompressedBytes
    );
    if (
      directory.entryCount > limits.maxEntries ||
      directory.declaredBytes > limits.maxUncompressedBytes
    ) {
      throw tooLarge(fileName, limits);
    }
  } catch (error) {
    if (error instanceof ZipStructureError) {
      throw docxOpenError("corrupt-zip", fileName, { detail: error.message, cause: error });
    }
    throw error;
  }
}

async function inflate(
  zip: JSZip,
  fileName: string | undefined,
  limits: DocxLimits
): Promise<Map<string, DecodedPart>> {
  try {
    return await inflateXmlParts(zip, new InflateBudget(limits.maxUncompressedBytes));
  } catch (error) {
    if (error instanceof InflateLimitError) throw tooLarge(fileName, limits, error);
    throw docxOpenError("corrupt-zip", fileName, { cause: error });
  }
}

function readPackage(parts: Map<string, string>, fileName: string | undefined): PackageReading {
  try {
    return readDocxParts(parts);
  } catch (error) {
    if (!(error instanceof OoxmlReadError)) {
      throw docxOpenError("malformed-xml", fileName, { detail: String(error), cause: error });
    }
    switch (error.code) {
      case "missing-document-part":
        throw docxOpenError("missing-document-part", fileName, { cause: error });
      case "malformed-part":
        throw docxOpenError("malformed-xml", fileName, { detail: error.message, cause: error });
      default:
        throw docxOpenError("not-a-word-document", fileName, { cause: error });
    }
  }
}

function tooLarge(
  fileName: string | undefined,
  limits: DocxLimits,
  cause?: unknown
): DocxOpenError {
  const limitMegabytes = Math.round(limits.maxUncompressedBytes / (1024 * 1024));
  return docxOpenError("too-large", fileName, { limitMegabytes, cause });
}
