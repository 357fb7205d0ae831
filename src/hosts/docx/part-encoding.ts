/**
 * Text of XML parts. OPC allows UTF-8 and UTF-16; the byte-order mark, kept in the text (the XML
 * reader skips it), lets a part we rewrite be encoded exactly as it came.
 */
export type PartEncoding = "utf-8" | "utf-16le" | "utf-16be";

export interface DecodedPart {
  readonly text: string;
  readonly encoding: PartEncoding;
  /** False when bytes were not valid in the encoding (they read as U+FFFD). */
  readonly valid: boolean;
}

export function decodePart(bytes: Uint8Array): DecodedPart {
  const encoding = encodingOf(bytes);
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding, valid: true };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    return { text, encoding, valid: false };
  }
}

export function encodePart(text: string, encoding: PartEncoding): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  const bytes = new Uint8Array(text.length * 2);
  const [low, high] = encoding === "utf-16le" ? [0, 1] : [1, 0];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[i * 2 + low] = unit & 0xff;
    bytes[i * 2 + high] = unit >> 8;
  }
  return bytes;
}

function encodingOf(bytes: Uint8Array): PartEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}
