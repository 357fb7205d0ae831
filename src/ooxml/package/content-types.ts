import { CONTENT_TYPES_NAMESPACE } from "../namespaces";
import { attributeValue, childElements, type XmlElement } from "../xml";
import { partKey } from "./part-names";

export const MAIN_DOCUMENT_CONTENT_TYPES: ReadonlySet<string> = new Set([
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
  "application/vnd.ms-word.document.macroEnabled.main+xml",
  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
]);

/** `[Content_Types].xml`: per-part overrides, then per-extension defaults. */
export class ContentTypes {
  private constructor(
    private readonly overrides: ReadonlyMap<string, string>,
    private readonly defaults: ReadonlyMap<string, string>
  ) {}

  static readonly none = new ContentTypes(new Map(), new Map());

  static read(root: XmlElement | undefined): ContentTypes {
    if (!root || root.namespaceUri !== CONTENT_TYPES_NAMESPACE || root.localName !== "Types")
      return ContentTypes.none;
    const overrides = new Map<string, string>();
    const defaults = new Map<string, string>();
    for (const element of childElements(root)) {
      if (element.namespaceUri !== CONTENT_TYPES_NAMESPACE) continue;
      const contentType = attributeValue(element, "", "ContentType");
      if (contentType === undefined) continue;
      const partName = attributeValue(element, "", "PartName");
      const extension = attributeValue(element, "", "Extension");
      if (element.localName === "Override" && partName !== undefined)
        overrides.set(partKey(partName), contentType);
      if (element.localName === "Default" && extension !== undefined)
        defaults.set(extension.toLowerCase(), contentType);
    }
    return new ContentTypes(overrides, defaults);
  }

  of(partName: string): string | undefined {
    const key = partKey(partName);
    const override = this.overrides.get(key);
    if (override !== undefined) return override;
    const dot = key.lastIndexOf(".");
    return dot === -1 ? undefined : this.defaults.get(key.slice(dot + 1));
  }
}
