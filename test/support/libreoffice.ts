/**
 * LibreOffice and poppler, driven from tests: proof that a document we wrote opens in another
 * word processor, and a way to read what it rendered. Each conversion runs with a fresh
 * LibreOffice profile, so parallel test workers never share (and lock) one.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

export const SOFFICE_PATH = process.env.SOFFICE_PATH ?? "/usr/bin/soffice";
/** A cold LibreOffice start with a new profile takes a few seconds; a busy machine, more. */
export const CONVERSION_TIMEOUT_MS = 60_000;
/** For `it(…, timeout)` around a conversion and the reading that follows. */
export const LIBREOFFICE_TEST_TIMEOUT_MS = CONVERSION_TIMEOUT_MS + 30_000;

/** A temporary directory, removed afterwards whatever happens. */
export async function withTemporaryDirectory<T>(
  work: (directory: string) => Promise<T>
): Promise<T> {
  const directory = await mkdtemp(path.join(tmpdir(), "kdcl-test-"));
  try {
    return await work(directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Converts a document to PDF in `outputDirectory`; returns the PDF's path. */
export async function convertToPdf(inputPath: string, outputDirectory: string): Promise<string> {
  const profile = await mkdtemp(path.join(tmpdir(), "kdcl-lo-profile-"));
  try {
    await run(
      SOFFICE_PATH,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        outputDirectory,
        inputPath,
      ],
      { timeout: CONVERSION_TIMEOUT_MS }
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = path.join(outputDirectory, `${path.parse(inputPath).name}.pdf`);
  const written = await readdir(outputDirectory);
  if (!written.includes(path.basename(pdf))) {
    throw new Error(`LibreOffice wrote no PDF for ${path.basename(inputPath)}`);
  }
  return pdf;
}

/** The PDF's text in reading order (`pdftotext`), pages separated by form feeds. */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run("pdftotext", ["-enc", "UTF-8", pdfPath, "-"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

export interface PageSize {
  /** In points. */
  readonly width: number;
  readonly height: number;
}

export function isLandscape(page: PageSize): boolean {
  return page.width > page.height;
}

/** Each page's size (`pdfinfo`). */
export async function pdfPageSizes(pdfPath: string): Promise<PageSize[]> {
  const { stdout } = await run("pdfinfo", ["-f", "1", "-l", "100000", pdfPath]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((match) => ({
    width: Number(match[1]),
    height: Number(match[2]),
  }));
}

/** Text runs set in a bold font (`pdftohtml -xml` marks them with <b>). */
export async function pdfBoldTexts(pdfPath: string): Promise<string[]> {
  const { stdout } = await run("pdftohtml", ["-xml", "-i", "-stdout", pdfPath], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return [...stdout.matchAll(/<b>([^<]*)<\/b>/g)].map((match) => decodeXml(match[1]!));
}

/** Renders one page to PNG (`pdftoppm`), for a person to look at; returns the PNG's path. */
export async function renderPage(
  pdfPath: string,
  page: number,
  outputPrefix: string,
  dotsPerInch = 60
): Promise<string> {
  await run("pdftoppm", [
    "-png",
    "-r",
    String(dotsPerInch),
    "-f",
    String(page),
    "-l",
    String(page),
    "-singlefile",
    pdfPath,
    outputPrefix,
  ]);
  return `${outputPrefix}.png`;
}

export interface Rendering {
  readonly text: string;
  readonly pages: PageSize[];
  readonly boldTexts: string[];
}

/** Writes `bytes` as `fileName`, converts it to PDF and reads the result back. */
export async function renderDocument(bytes: Uint8Array, fileName: string): Promise<Rendering> {
  return withTemporaryDirectory(async (directory) => {
    const input = path.join(directory, fileName);
    await writeFile(input, bytes);
    const pdf = await convertToPdf(input, directory);
    const [text, pages, boldTexts] = await Promise.all([
      pdfText(pdf),
      pdfPageSizes(pdf),
      pdfBoldTexts(pdf),
    ]);
    return { text, pages, boldTexts };
  });
}

/** pdftotext breaks lines where the layout did: compare text with all whitespace removed. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, "");
}

/**
 * Whether the words of `phrase` appear in `text` in order. Text wrapped in a narrow table cell
 * comes out of pdftotext interleaved with the neighbouring cells' lines, so a phrase is looked
 * for word by word (NFC on both sides), other words allowed between.
 */
export function containsWordsInOrder(text: string, phrase: string): boolean {
  const haystack = text.normalize("NFC");
  let from = 0;
  for (const word of phrase.normalize("NFC").split(/\s+/).filter(Boolean)) {
    const at = haystack.indexOf(word, from);
    if (at === -1) return false;
    from = at + word.length;
  }
  return true;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, "&");
}
