/** The page's sample plan and the shared fixtures, as the bytes and File objects a browser gives. */
import { readFileSync } from "node:fs";
import path from "node:path";

export const SAMPLE_PATH = path.resolve(__dirname, "../../../assets/ke-hoach-mau-mam-non.docx");
export const FIXTURES_DIR = path.resolve(__dirname, "../../../../shared/fixtures");

/** Copied into this realm's Uint8Array: jsdom's typed arrays are not Node's. */
export function bytesOf(file: string): Uint8Array {
  return Uint8Array.from(readFileSync(file));
}

export function sampleBytes(): Uint8Array {
  return bytesOf(SAMPLE_PATH);
}

export function fixtureBytes(name: string): Uint8Array {
  return bytesOf(path.join(FIXTURES_DIR, `${name}.docx`));
}

export function fileOf(bytes: Uint8Array, name: string): File {
  return new File([bytes.slice()], name, {
    type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  });
}
