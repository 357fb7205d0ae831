/**
 * Just enough of the Compound File Binary format (MS-CFB), the container of legacy .doc files
 * and of password-protected .docx files, to tell the two apart by the names of its streams.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const DIRECTORY_ENTRY_SIZE = 128;
const HEADER_DIFAT_ENTRIES = 109;

export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** A password-protected Office file keeps the real package in these streams (MS-OFFCRYPTO). */
const ENCRYPTION_STREAMS = ["EncryptionInfo", "EncryptedPackage"];

/**
 * Whether a compound file is an encrypted Office package. The directory is read properly; if it
 * cannot be (a damaged file), the stream names are looked for as UTF-16 bytes anywhere.
 */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  const names = directoryNames(bytes);
  if (names) return ENCRYPTION_STREAMS.some((name) => names.includes(name));
  return ENCRYPTION_STREAMS.some((name) => containsUtf16(bytes, name));
}

/** The names of all directory entries; undefined when the structure does not hold together. */
export function directoryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) return undefined;
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.floor(bytes.length / sectorSize);
  const sectorOffset = (sector: number) => (sector + 1) * sectorSize;
  const readable = (sector: number) => sectorOffset(sector) + sectorSize <= bytes.length;

  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++)
    fatSectors.push(view.getUint32(0x4c + i * 4, true));
  let difatSector = view.getUint32(0x44, true);
  for (let guard = 0; difatSector < END_OF_CHAIN && guard < sectorCount; guard++) {
    if (!readable(difatSector)) return undefined;
    const base = sectorOffset(difatSector);
    for (let i = 0; i < sectorSize / 4 - 1; i++)
      fatSectors.push(view.getUint32(base + i * 4, true));
    difatSector = view.getUint32(base + sectorSize - 4, true);
  }
  const nextSector = (sector: number): number | undefined => {
    const fatSector = fatSectors[Math.floor((sector * 4) / sectorSize)];
    if (fatSector === undefined || fatSector >= END_OF_CHAIN || !readable(fatSector))
      return undefined;
    return view.getUint32(sectorOffset(fatSector) + ((sector * 4) % sectorSize), true);
  };

  const names: string[] = [];
  let sector: number | undefined = view.getUint32(0x30, true);
  for (let guard = 0; sector !== undefined && sector !== END_OF_CHAIN; guard++) {
    if (guard > sectorCount || !readable(sector)) return undefined;
    for (let entry = 0; entry < sectorSize / DIRECTORY_ENTRY_SIZE; entry++) {
      const base = sectorOffset(sector) + entry * DIRECTORY_ENTRY_SIZE;
      const nameBytes = view.getUint16(base + 0x40, true);
      if (nameBytes < 2 || nameBytes > 64) continue;
      names.push(utf16(bytes, base, nameBytes - 2));
    }
    sector = nextSector(sector);
  }
  return sector === undefined ? undefined : names;
}

function utf16(bytes: Uint8Array, start: number, length: number): string {
  let text = "";
  for (let i = 0; i + 1 < length; i += 2)
    text += String.fromCharCode(bytes[start + i]! | (bytes[start + i + 1]! << 8));
  return text;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) pattern[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
