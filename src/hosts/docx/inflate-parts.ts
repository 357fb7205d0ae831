import type JSZip from "jszip";
import { decodePart, type DecodedPart } from "./part-encoding";

/** JSZip's streaming reader: public at run time, missing from its type definitions. */
interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (error: unknown) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  resume(): ChunkStream;
  pause(): ChunkStream;
}

export class InflateLimitError extends Error {
  override readonly name = "InflateLimitError";
}

/** Counts inflated bytes across every part, refusing the moment the total passes the limit. */
export class InflateBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) {
      throw new InflateLimitError(`more than ${this.limit} bytes inflated`);
    }
  }
}

/** The package's XML parts (`.xml`, `.rels`), inflated within the budget and decoded. */
export async function inflateXmlParts(
  zip: JSZip,
  budget: InflateBudget
): Promise<Map<string, DecodedPart>> {
  const parts = new Map<string, DecodedPart>();
  for (const file of Object.values(zip.files)) {
    if (file.dir || !/\.(xml|rels)$/i.test(file.name)) continue;
    parts.set(file.name, decodePart(await inflate(file, budget)));
  }
  return parts;
}

/**
 * Inflates one entry chunk by chunk, so a part whose directory entry understates its size (a
 * zip bomb that lies) is stopped after at most one chunk past the budget, not after filling
 * memory.
 */
function inflate(file: JSZip.JSZipObject, budget: InflateBudget): Promise<Uint8Array> {
  const stream = chunkStream(file);
  if (!stream) return inflateWhole(file, budget);
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      stream.pause();
      reject(error);
    };
    stream
      .on("data", (chunk) => {
        if (settled) return;
        try {
          budget.spend(chunk.length);
          chunks.push(chunk);
        } catch (error) {
          fail(error);
        }
      })
      .on("error", fail)
      .on("end", () => {
        if (settled) return;
        settled = true;
        resolve(concatenate(chunks));
      })
      .resume();
  });
}

/** Without JSZip's stream: the declared sizes were checked before, the result is counted after. */
async function inflateWhole(file: JSZip.JSZipObject, budget: InflateBudget): Promise<Uint8Array> {
  const bytes = await file.async("uint8array");
  budget.spend(bytes.length);
  return bytes;
}

function chunkStream(file: JSZip.JSZipObject): ChunkStream | undefined {
  if (!("internalStream" in file) || typeof file.internalStream !== "function") return undefined;
  const open = file.internalStream as (this: JSZip.JSZipObject, type: string) => ChunkStream;
  return open.call(file, "uint8array");
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
