/**
 * Minimal OLE compound files (MS-CFB, version 3, 512-byte sectors) with empty streams of the
 * given names: what a legacy .doc or a password-protected .docx looks like from outside.
 */
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;

export function compoundFile(streamNames: readonly string[]): Uint8Array {
  const entries = ["Root Entry", ...streamNames];
  const directorySectors = Math.ceil(entries.length / 4);
  const bytes = new Uint8Array(512 * (2 + directorySectors));
  const view = new DataView(bytes.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((byte, i) => (bytes[i] = byte));
  view.setUint16(0x18, 0x3e, true); // minor version
  view.setUint16(0x1a, 3, true); // major version
  view.setUint16(0x1c, 0xfffe, true); // byte order
  view.setUint16(0x1e, 9, true); // 512-byte sectors
  view.setUint16(0x20, 6, true); // 64-byte mini sectors
  view.setUint32(0x2c, 1, true); // one FAT sector
  view.setUint32(0x30, 1, true); // the directory starts at sector 1
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, END_OF_CHAIN, true); // no mini FAT
  view.setUint32(0x44, END_OF_CHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  // Sector 0: the FAT. Sector 1…: the directory, chained.
  const fat = 512;
  for (let i = 0; i < 128; i++) view.setUint32(fat + i * 4, FREE, true);
  view.setUint32(fat, FAT_SECTOR, true);
  for (let s = 1; s <= directorySectors; s++) {
    view.setUint32(fat + s * 4, s === directorySectors ? END_OF_CHAIN : s + 1, true);
  }
  entries.forEach((name, index) => {
    const base = 1024 + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(base + i * 2, name.charCodeAt(i), true);
    view.setUint16(base + 0x40, (name.length + 1) * 2, true);
    bytes[base + 0x42] = index === 0 ? 5 : 2;
    view.setUint32(base + 0x44, FREE, true);
    view.setUint32(base + 0x48, FREE, true);
    view.setUint32(base + 0x4c, index === 0 && entries.length > 1 ? 1 : FREE, true);
    view.setUint32(base + 0x74, END_OF_CHAIN, true);
  });
  return bytes;
}
