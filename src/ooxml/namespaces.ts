/** Namespace URIs of the Open XML vocabularies the reader matches elements by. */

/** WordprocessingML main namespace: Transitional (what Word writes) and Strict. */
export const WORDPROCESSINGML_NAMESPACES: ReadonlySet<string> = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

export const MARKUP_COMPATIBILITY_NAMESPACE =
  "http://schemas.openxmlformats.org/markup-compatibility/2006";

/** Flat OPC, as `Range.getOoxml()` returns it. */
export const FLAT_OPC_NAMESPACE = "http://schemas.microsoft.com/office/2006/xmlPackage";

export const RELATIONSHIPS_NAMESPACE =
  "http://schemas.openxmlformats.org/package/2006/relationships";

export const CONTENT_TYPES_NAMESPACE =
  "http://schemas.openxmlformats.org/package/2006/content-types";
