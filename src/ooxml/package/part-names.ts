/**
 * OPC part names ("/word/document.xml"): normalized with a leading slash, and compared without
 * regard to ASCII case, as the Open Packaging Conventions require.
 */

/** Normalizes a zip entry path or part name: forward slashes, leading "/", "." and ".." resolved. */
export function normalizePartName(name: string): string {
  const segments: string[] = [];
  for (const segment of name.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(percentDecoded(segment));
  }
  return "/" + segments.join("/");
}

/** The key under which a part name is looked up. */
export function partKey(name: string): string {
  return normalizePartName(name).toLowerCase();
}

/** The part a relationship target points to, relative to the part that owns the relationship. */
export function resolveRelationshipTarget(sourcePartName: string, target: string): string {
  const withoutFragment = target.replace(/[#?].*$/, "");
  if (withoutFragment.startsWith("/")) return normalizePartName(withoutFragment);
  return normalizePartName(folderOf(sourcePartName) + "/" + withoutFragment);
}

/** "/word/document.xml" → "/word/_rels/document.xml.rels"; the package itself ("/") → "/_rels/.rels". */
export function relationshipsPartNameOf(sourcePartName: string): string {
  const normalized = normalizePartName(sourcePartName);
  if (normalized === "/") return "/_rels/.rels";
  const slash = normalized.lastIndexOf("/");
  return `${normalized.slice(0, slash)}/_rels/${normalized.slice(slash + 1)}.rels`;
}

export function folderOf(partName: string): string {
  const normalized = normalizePartName(partName);
  return normalized.slice(0, normalized.lastIndexOf("/"));
}

function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
