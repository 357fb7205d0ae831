import { FLAT_OPC_NAMESPACE } from "../namespaces";
import { attributeValue, childElements, type XmlElement } from "../xml";
import type { PackageParts } from "./package-parts";
import { normalizePartName, partKey } from "./part-names";

interface FlatPart {
  readonly normalizedName: string;
  readonly originalName: string;
  readonly contentType: string | undefined;
  readonly root: XmlElement | undefined;
}

/** The `pkg:part` elements of a flat OPC `pkg:package`; XML parts sit in `pkg:xmlData`. */
export class FlatOpcParts implements PackageParts {
  private readonly parts = new Map<string, FlatPart>();

  constructor(packageRoot: XmlElement) {
    for (const part of childElements(packageRoot)) {
      if (part.localName !== "part" || part.namespaceUri !== FLAT_OPC_NAMESPACE) continue;
      const originalName = attributeValue(part, FLAT_OPC_NAMESPACE, "name");
      if (originalName === undefined) continue;
      const key = partKey(originalName);
      if (this.parts.has(key)) continue;
      this.parts.set(key, {
        normalizedName: normalizePartName(originalName),
        originalName,
        contentType: attributeValue(part, FLAT_OPC_NAMESPACE, "contentType"),
        root: xmlDataRoot(part),
      });
    }
  }

  partNames(): Iterable<string> {
    return [...this.parts.values()].map((part) => part.normalizedName);
  }

  originalName(partName: string): string {
    return this.parts.get(partKey(partName))?.originalName ?? partName;
  }

  root(partName: string): XmlElement | undefined {
    return this.parts.get(partKey(partName))?.root;
  }

  contentType(partName: string): string | undefined {
    return this.parts.get(partKey(partName))?.contentType;
  }
}

function xmlDataRoot(part: XmlElement): XmlElement | undefined {
  for (const data of childElements(part)) {
    if (data.localName === "xmlData" && data.namespaceUri === FLAT_OPC_NAMESPACE) {
      for (const root of childElements(data)) return root;
    }
  }
  return undefined;
}
