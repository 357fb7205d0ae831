import { OoxmlReadError } from "../errors";
import { MAIN_DOCUMENT_CONTENT_TYPES } from "./content-types";
import type { PackageParts } from "./package-parts";
import {
  folderOf,
  partKey,
  relationshipsPartNameOf,
  resolveRelationshipTarget,
} from "./part-names";
import {
  OFFICE_DOCUMENT_RELATIONSHIP_TYPES,
  readRelationships,
  STYLES_RELATIONSHIP_TYPES,
} from "./relationships";

export interface DocumentParts {
  /** Normalized part names. */
  readonly documentPartName: string;
  readonly stylesPartName: string | undefined;
}

/**
 * Finds the main document part the way consumers must: the package's officeDocument
 * relationship (`_rels/.rels`), since it need not be word/document.xml; failing that, the part
 * whose content type is a main document; failing that, word/document.xml. The styles part is
 * the main part's styles relationship, or a styles.xml beside it.
 */
export function locateDocumentParts(parts: PackageParts): DocumentParts {
  const documentPartName = locateMainPart(parts);
  if (documentPartName === undefined) {
    throw new OoxmlReadError("missing-document-part", "the package has no main document part");
  }
  return { documentPartName, stylesPartName: locateStylesPart(parts, documentPartName) };
}

function locateMainPart(parts: PackageParts): string | undefined {
  const related = relatedPart(parts, "/", OFFICE_DOCUMENT_RELATIONSHIP_TYPES);
  if (related !== undefined) return related;
  for (const name of parts.partNames()) {
    const type = parts.contentType(name);
    if (type !== undefined && MAIN_DOCUMENT_CONTENT_TYPES.has(type) && parts.root(name))
      return name;
  }
  return existing(parts, "/word/document.xml");
}

function locateStylesPart(parts: PackageParts, documentPartName: string): string | undefined {
  return (
    relatedPart(parts, documentPartName, STYLES_RELATIONSHIP_TYPES) ??
    existing(parts, `${folderOf(documentPartName)}/styles.xml`)
  );
}

/** The first existing internal part `sourcePartName` relates to with one of `types`. */
function relatedPart(
  parts: PackageParts,
  sourcePartName: string,
  types: ReadonlySet<string>
): string | undefined {
  const relationships = readRelationships(parts.root(relationshipsPartNameOf(sourcePartName)));
  for (const relationship of relationships) {
    if (relationship.external || !types.has(relationship.type)) continue;
    const target = existing(parts, resolveRelationshipTarget(sourcePartName, relationship.target));
    if (target !== undefined) return target;
  }
  return undefined;
}

function existing(parts: PackageParts, partName: string): string | undefined {
  const key = partKey(partName);
  for (const name of parts.partNames()) {
    if (partKey(name) === key) return parts.root(name) ? name : undefined;
  }
  return undefined;
}
