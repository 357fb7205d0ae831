import { childElements, type XmlElement } from "../xml";
import { isWord, propertyValue, wordAttribute, wordChild } from "./word-names";
import { isOn, parseWholeNumber } from "./values";

/** What the reader needs from one `w:style`, as written (inheritance is resolved elsewhere). */
export interface StyleDefinition {
  readonly id: string;
  /** "paragraph", "character", "table" or "numbering". */
  readonly type: string;
  /** `w:name`, e.g. "heading 1": Word writes built-in names in English whatever the UI language. */
  readonly name: string | undefined;
  readonly basedOn: string | undefined;
  readonly isDefault: boolean;
  /** `rPr/w:b` when the style sets it. */
  readonly bold: boolean | undefined;
  /** `pPr/w:outlineLvl` (0-based, 9 = body text) when the style sets it. */
  readonly outlineLevel: number | undefined;
  /** `pPr/w:jc` as written. */
  readonly justification: string | undefined;
}

export interface StyleDefinitions {
  readonly byId: ReadonlyMap<string, StyleDefinition>;
  /** `w:docDefaults/w:rPrDefault/w:rPr/w:b`. */
  readonly defaultBold: boolean;
}

/** Reads the `w:styles` root of styles.xml. */
export function readStyleDefinitions(stylesRoot: XmlElement): StyleDefinitions {
  const byId = new Map<string, StyleDefinition>();
  let defaultBold = false;
  for (const child of childElements(stylesRoot)) {
    if (isWord(child, "docDefaults")) {
      const bold = wordChild(wordChild(wordChild(child, "rPrDefault"), "rPr"), "b");
      defaultBold = bold !== undefined && isOn(bold);
    } else if (isWord(child, "style")) {
      const definition = readStyle(child);
      // Word keeps the first definition when an id repeats.
      if (definition && !byId.has(definition.id)) byId.set(definition.id, definition);
    }
  }
  return { byId, defaultBold };
}

function readStyle(style: XmlElement): StyleDefinition | undefined {
  const id = wordAttribute(style, "styleId");
  if (id === undefined) return undefined;
  const paragraphProperties = wordChild(style, "pPr");
  const bold = wordChild(wordChild(style, "rPr"), "b");
  const isDefault = wordAttribute(style, "default");
  return {
    id,
    type: wordAttribute(style, "type") ?? "paragraph",
    name: propertyValue(style, "name"),
    basedOn: propertyValue(style, "basedOn"),
    isDefault: isDefault === "1" || isDefault === "true" || isDefault === "on",
    bold: bold === undefined ? undefined : isOn(bold),
    outlineLevel: parseWholeNumber(propertyValue(paragraphProperties, "outlineLvl")),
    justification: propertyValue(paragraphProperties, "jc"),
  };
}
