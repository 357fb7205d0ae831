import { OoxmlReadError } from "../errors";
import { FLAT_OPC_NAMESPACE } from "../namespaces";
import { readDocumentElement, type DocumentReading } from "../read/document";
import { StyleSheet } from "../read/style-sheet";
import { parseXml } from "../xml";
import { FlatOpcParts } from "./flat-opc-parts";
import { locateDocumentParts } from "./locate-parts";
import type { PackageParts } from "./package-parts";
import { TextPackageParts, type PartTexts } from "./text-parts";

export interface PackageReading extends DocumentReading {
  /**
   * The main document part, named as in the input (zip path or `pkg:name`). For a zip, the
   * source map indexes this part's text; for flat OPC, the whole package string.
   */
  readonly documentPartName: string;
  readonly stylesPartName: string | undefined;
}

/**
 * Reads a .docx from its unzipped parts (path → text; binary parts may be left out). The main
 * part is found through `_rels/.rels` and `[Content_Types].xml`, the styles through its
 * relationships. Malformed parts raise `OoxmlReadError` ("malformed-part") naming the part.
 */
export function readDocxParts(parts: PartTexts): PackageReading {
  return readPackage(new TextPackageParts(parts));
}

/**
 * Reads the flat OPC package (`pkg:package`) that Word's `Body.getOoxml()` and
 * `Range.getOoxml()` return. Source map offsets index `flatOpcXml` itself.
 */
export function readFlatOpc(flatOpcXml: string): PackageReading {
  const { root } = parseXml(flatOpcXml);
  if (root.localName !== "package" || root.namespaceUri !== FLAT_OPC_NAMESPACE) {
    throw new OoxmlReadError(
      "not-a-flat-opc-package",
      `expected a flat OPC <pkg:package>, found <${root.qualifiedName}>`
    );
  }
  return readPackage(new FlatOpcParts(root));
}

function readPackage(parts: PackageParts): PackageReading {
  const { documentPartName, stylesPartName } = locateDocumentParts(parts);
  const documentRoot = parts.root(documentPartName);
  if (!documentRoot)
    throw new OoxmlReadError("missing-document-part", `${documentPartName} is missing`);
  const stylesRoot = stylesPartName === undefined ? undefined : parts.root(stylesPartName);
  const styles = stylesRoot ? StyleSheet.fromStylesElement(stylesRoot) : StyleSheet.empty;
  const reading = readDocumentElement(documentRoot, styles);
  return {
    ...reading,
    documentPartName: parts.originalName(documentPartName),
    stylesPartName: stylesPartName === undefined ? undefined : parts.originalName(stylesPartName),
  };
}
