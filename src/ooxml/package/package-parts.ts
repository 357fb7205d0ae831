import type { XmlElement } from "../xml";

/** A package's parts, however it is stored (a zip's entries, or a flat OPC document). */
export interface PackageParts {
  /** Normalized names ("/word/document.xml") of the parts present. */
  partNames(): Iterable<string>;
  /** The part's parsed root element; undefined when there is no such XML part. */
  root(partName: string): XmlElement | undefined;
  /** The part's content type, when known. */
  contentType(partName: string): string | undefined;
  /** The name as the caller knows it (a zip entry path, or the flat OPC `pkg:name`). */
  originalName(partName: string): string;
}
