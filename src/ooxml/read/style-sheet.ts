import type { Alignment } from "../../core/model/document";
import type { XmlElement } from "../xml";
import { alignmentFromJustification } from "./alignment";
import { headingLevelFromName, headingLevelFromOutline } from "./heading-level";
import {
  readStyleDefinitions,
  type StyleDefinition,
  type StyleDefinitions,
} from "./style-definitions";

/** What a paragraph inherits from its paragraph style (after `w:basedOn`). */
export interface ParagraphStyleFacts {
  /** The style chain's own bold; combined with character styles as a toggle (see `runIsBold`). */
  readonly bold: boolean;
  readonly headingLevel: number | undefined;
  readonly alignment: Alignment | undefined;
}

const NO_FACTS: ParagraphStyleFacts = {
  bold: false,
  headingLevel: undefined,
  alignment: undefined,
};

/** Style inheritance, resolved once per style id and cached. */
export class StyleSheet {
  /** No styles.xml: heading levels still come from ids such as "Heading1". */
  static readonly empty = new StyleSheet({ byId: new Map(), defaultBold: false });

  private readonly paragraphFactsCache = new Map<string, ParagraphStyleFacts>();
  private readonly characterBoldCache = new Map<string, boolean>();
  private readonly defaultParagraphStyleId: string | undefined;
  private readonly defaultCharacterStyleId: string | undefined;

  constructor(private readonly definitions: StyleDefinitions) {
    this.defaultParagraphStyleId = defaultStyleId(definitions, "paragraph");
    this.defaultCharacterStyleId = defaultStyleId(definitions, "character");
  }

  static fromStylesElement(stylesRoot: XmlElement): StyleSheet {
    return new StyleSheet(readStyleDefinitions(stylesRoot));
  }

  /** `w:docDefaults` bold, the state the style toggles start from. */
  get defaultBold(): boolean {
    return this.definitions.defaultBold;
  }

  /** Facts of the paragraph style `styleId`, or of the default paragraph style when absent. */
  paragraphFacts(styleId: string | undefined): ParagraphStyleFacts {
    const id = styleId ?? this.defaultParagraphStyleId;
    if (id === undefined) return NO_FACTS;
    let facts = this.paragraphFactsCache.get(id);
    if (!facts) {
      facts = this.resolveParagraphFacts(id);
      this.paragraphFactsCache.set(id, facts);
    }
    return facts;
  }

  /** Bold of the character style `styleId` (after `w:basedOn`), or of the default one when absent. */
  characterBold(styleId: string | undefined): boolean {
    const id = styleId ?? this.defaultCharacterStyleId;
    if (id === undefined) return false;
    let bold = this.characterBoldCache.get(id);
    if (bold === undefined) {
      bold = this.nearest(id, (style) => style.bold) ?? false;
      this.characterBoldCache.set(id, bold);
    }
    return bold;
  }

  /**
   * An id that styles.xml does not define still names a heading when it reads like one
   * ("Heading2"); its formatting is the default paragraph style's, as in Word.
   */
  private resolveParagraphFacts(id: string): ParagraphStyleFacts {
    const defined = this.definitions.byId.has(id);
    const formattingId = defined ? id : this.defaultParagraphStyleId;
    return {
      bold:
        (formattingId !== undefined && this.nearest(formattingId, (style) => style.bold)) || false,
      headingLevel: defined
        ? this.nearest(id, headingLevelOfStyle)?.level
        : headingLevelFromName(id),
      alignment:
        formattingId === undefined
          ? undefined
          : this.nearest(formattingId, (style) => alignmentFromJustification(style.justification)),
    };
  }

  /** The first value `pick` finds walking from `id` up `w:basedOn`; a cycle ends the walk. */
  private nearest<T>(id: string, pick: (style: StyleDefinition) => T | undefined): T | undefined {
    const visited = new Set<string>();
    for (let style = this.definitions.byId.get(id); style && !visited.has(style.id);) {
      visited.add(style.id);
      const value = pick(style);
      if (value !== undefined) return value;
      style = style.basedOn === undefined ? undefined : this.definitions.byId.get(style.basedOn);
    }
    return undefined;
  }
}

/**
 * A style's own heading level: its outline level when it sets one (level 9, body text, is an
 * answer too and stops the walk), else its built-in heading name.
 */
function headingLevelOfStyle(style: StyleDefinition): { level: number | undefined } | undefined {
  if (style.outlineLevel !== undefined)
    return { level: headingLevelFromOutline(style.outlineLevel) };
  const level = headingLevelFromName(style.name);
  return level === undefined ? undefined : { level };
}

function defaultStyleId(definitions: StyleDefinitions, type: string): string | undefined {
  for (const style of definitions.byId.values()) {
    if (style.type === type && style.isDefault) return style.id;
  }
  return undefined;
}
