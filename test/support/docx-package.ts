/** Building and unpacking .docx packages in tests. */
import JSZip from "jszip";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELATIONSHIPS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

export interface PackageOptions {
  /** Parts beyond the content types, package relationships and main document. */
  readonly extraParts?: Readonly<Record<string, string | Uint8Array>>;
  /** The main document part's bytes, when they must be other than its UTF-8 text. */
  readonly documentBytes?: Uint8Array;
  readonly compression?: "STORE" | "DEFLATE";
}

/** The smallest .docx Word opens: content types, package relationships, the main document. */
export async function docxPackage(
  documentXml: string,
  options: PackageOptions = {}
): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", PACKAGE_RELATIONSHIPS);
  zip.file("word/document.xml", options.documentBytes ?? documentXml);
  for (const [name, content] of Object.entries(options.extraParts ?? {})) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: options.compression ?? "DEFLATE" });
}

/** Every file entry's uncompressed bytes, by name, in the zip's order. */
export async function zipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = new Map<string, Uint8Array>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir) entries.set(file.name, await file.async("uint8array"));
  }
  return entries;
}

export async function zipText(bytes: Uint8Array, name: string): Promise<string> {
  const entry = (await zipEntries(bytes)).get(name);
  if (!entry) throw new Error(`no ${name} in the package`);
  return new TextDecoder().decode(entry);
}
