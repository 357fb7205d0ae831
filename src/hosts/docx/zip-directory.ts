/**
 * The zip's central directory, read before anything is inflated: how many entries it declares
 * and how large they say they are. Zip64 records are followed (some libraries write them even
 * for small packages).
 */

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const MAX_32 = 0xffffffff;
const MAX_16 = 0xffff;
const END_RECORD_SIZE = 22;

export interface ZipDirectory {
  readonly entryCount: number;
  /** Sum of the entries' declared uncompressed sizes (stops counting past `limit`). */
  readonly declaredBytes: number;
}

/** Undefined when there is no end-of-central-directory record: the bytes are not a zip. */
export function findEndOfDirectory(bytes: Uint8Array): number | undefined {
  const view = viewOf(bytes);
  const lowest = Math.max(0, bytes.length - END_RECORD_SIZE - MAX_16);
  for (let at = bytes.length - END_RECORD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}

export class ZipStructureError extends Error {
  override readonly name = "ZipStructureError";
}

/**
 * Reads the central directory found at `endOfDirectory`. Throws `ZipStructureError` when it does
 * not hold together. Stops adding sizes once `byteLimit` is passed, and reads no entries when the
 * count already exceeds `entryLimit`.
 */
export function readZipDirectory(
  bytes: Uint8Array,
  endOfDirectory: number,
  entryLimit: number,
  byteLimit: number
): ZipDirectory {
  const view = viewOf(bytes);
  let entryCount = view.getUint16(endOfDirectory + 10, true);
  let directorySize = view.getUint32(endOfDirectory + 12, true);
  let directoryOffset = view.getUint32(endOfDirectory + 16, true);
  const locator = endOfDirectory - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const zip64End = readUint64(view, locator + 8);
    if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END_OF_DIRECTORY)
      throw new ZipStructureError("the zip64 end of central directory is missing");
    entryCount = readUint64(view, zip64End + 32);
    directorySize = readUint64(view, zip64End + 40);
    directoryOffset = readUint64(view, zip64End + 48);
  }
  if (entryCount > entryLimit) return { entryCount, declaredBytes: 0 };
  // Bytes prepended to the zip (a self-extractor stub) shift everything: find the directory
  // right before its end record, as unzip tools do.
  if (!isEntryAt(view, directoryOffset)) directoryOffset = endOfDirectory - directorySize;

  let declaredBytes = 0;
  let at = directoryOffset;
  for (let index = 0; index < entryCount && declaredBytes <= byteLimit; index++) {
    if (!isEntryAt(view, at))
      throw new ZipStructureError(`central directory entry ${index} is damaged`);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let size = view.getUint32(at + 24, true);
    if (size === MAX_32) size = zip64Size(view, at + 46 + nameLength, extraLength) ?? Infinity;
    declaredBytes += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entryCount, declaredBytes };
}

function isEntryAt(view: DataView, at: number): boolean {
  return at >= 0 && at + 46 <= view.byteLength && view.getUint32(at, true) === DIRECTORY_ENTRY;
}

/** The uncompressed size from an entry's zip64 extra field (its first value). */
function zip64Size(view: DataView, start: number, length: number): number | undefined {
  for (let at = start; at + 4 <= start + length && at + 4 <= view.byteLength;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_FIELD && size >= 8 && at + 12 <= view.byteLength)
      return readUint64(view, at + 4);
    at += 4 + size;
  }
  return undefined;
}

function readUint64(view: DataView, at: number): number {
  if (at < 0 || at + 8 > view.byteLength)
    throw new ZipStructureError("a zip64 record is cut short");
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
