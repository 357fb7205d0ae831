import { OoxmlReadError } from "../errors";
import { parseXml, XmlSyntaxError, type XmlElement } from "../xml";
import { ContentTypes } from "./content-types";
import type { PackageParts } from "./package-parts";
import { normalizePartName, partKey } from "./part-names";

/** Part path → content, as the caller unzipped it ("word/document.xml" or "/word/document.xml"). */
export type PartTexts = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

interface Entry {
  readonly normalizedName: string;
  readonly originalName: string;
  readonly text: string;
}

/** Parts given as strings; each is parsed the first time it is needed, at most once. */
export class TextPackageParts implements PackageParts {
  private readonly entries = new Map<string, Entry>();
  private readonly parsed = new Map<string, XmlElement | undefined>();
  private contentTypes: ContentTypes | undefined;

  constructor(texts: PartTexts) {
    const pairs = texts instanceof Map ? texts.entries() : Object.entries(texts);
    for (const [originalName, text] of pairs) {
      const entry = { normalizedName: normalizePartName(originalName), originalName, text };
      this.entries.set(partKey(originalName), entry);
    }
  }

  partNames(): Iterable<string> {
    return [...this.entries.values()].map((entry) => entry.normalizedName);
  }

  originalName(partName: string): string {
    return this.entries.get(partKey(partName))?.originalName ?? partName;
  }

  text(partName: string): string | undefined {
    return this.entries.get(partKey(partName))?.text;
  }

  root(partName: string): XmlElement | undefined {
    const key = partKey(partName);
    if (this.parsed.has(key)) return this.parsed.get(key);
    const entry = this.entries.get(key);
    const root = entry === undefined ? undefined : parsePart(entry);
    this.parsed.set(key, root);
    return root;
  }

  contentType(partName: string): string | undefined {
    this.contentTypes ??= ContentTypes.read(this.root("/[Content_Types].xml"));
    return this.contentTypes.of(partName);
  }
}

function parsePart(entry: Entry): XmlElement {
  try {
    return parseXml(entry.text).root;
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    throw new OoxmlReadError(
      "malformed-part",
      `${entry.originalName} is not well-formed XML: ${error.message}`,
      {
        partName: entry.originalName,
        cause: error,
      }
    );
  }
}
