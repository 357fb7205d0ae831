/** Byte-level changes to zips, to make the hostile and odd packages the host must handle. */

const DIRECTORY_ENTRY = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfDirectory(bytes: Uint8Array): number {
  const at = bytes.length - 22;
  if (view(bytes).getUint32(at, true) !== END_OF_DIRECTORY) throw new Error("zip has a comment");
  return at;
}

/** Offsets of the central directory entry and local header of `name`. */
function entryOffsets(bytes: Uint8Array, name: string): { central: number; local: number } {
  const data = view(bytes);
  const end = endOfDirectory(bytes);
  let at = data.getUint32(end + 16, true);
  const count = data.getUint16(end + 10, true);
  for (let i = 0; i < count; i++) {
    if (data.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error("bad central directory");
    const nameLength = data.getUint16(at + 28, true);
    const entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) return { central: at, local: data.getUint32(at + 42, true) };
    at += 46 + nameLength + data.getUint16(at + 30, true) + data.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}

/** A copy in which `name` claims to be `size` bytes uncompressed (central directory and local header). */
export function withDeclaredSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const { central, local } = entryOffsets(copy, name);
  view(copy).setUint32(central + 24, size, true);
  view(copy).setUint32(local + 22, size, true);
  return copy;
}

/** A copy in which `name` is flagged as encrypted with the zip's own (weak) encryption. */
export function withEncryptedFlag(bytes: Uint8Array, name: string): Uint8Array {
  const copy = bytes.slice();
  const { central, local } = entryOffsets(copy, name);
  const data = view(copy);
  data.setUint16(central + 8, data.getUint16(central + 8, true) | 1, true);
  data.setUint16(local + 6, data.getUint16(local + 6, true) | 1, true);
  return copy;
}

/** A copy whose first central directory entry is damaged. */
export function withDamagedDirectory(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const at = view(copy).getUint32(endOfDirectory(copy) + 16, true);
  view(copy).setUint32(at, 0x12345678, true);
  return copy;
}

/** The same zip with zip64 end records (as some libraries write even for small packages). */
export function asZip64(bytes: Uint8Array): Uint8Array {
  const end = endOfDirectory(bytes);
  const data = view(bytes);
  const count = data.getUint16(end + 10, true);
  const size = data.getUint32(end + 12, true);
  const offset = data.getUint32(end + 16, true);
  const result = new Uint8Array(end + 56 + 20 + 22);
  result.set(bytes.subarray(0, end));
  const out = view(result);
  const setUint64 = (at: number, value: number) => {
    out.setUint32(at, value % 2 ** 32, true);
    out.setUint32(at + 4, Math.floor(value / 2 ** 32), true);
  };
  let at = end;
  out.setUint32(at, 0x06064b50, true);
  setUint64(at + 4, 44);
  out.setUint16(at + 12, 45, true);
  out.setUint16(at + 14, 45, true);
  setUint64(at + 24, count);
  setUint64(at + 32, count);
  setUint64(at + 40, size);
  setUint64(at + 48, offset);
  at += 56;
  out.setUint32(at, 0x07064b50, true);
  setUint64(at + 8, end);
  out.setUint32(at + 16, 1, true);
  at += 20;
  out.setUint32(at, END_OF_DIRECTORY, true);
  out.setUint16(at + 8, 0xffff, true);
  out.setUint16(at + 10, 0xffff, true);
  out.setUint32(at + 12, 0xffffffff, true);
  out.setUint32(at + 16, 0xffffffff, true);
  return result;
}
