/** The plan-table templates: the columns and group-row wordings of the table the product writes. */
import type { Framework } from "../catalog/types";
import { KNOWN_COLUMN_ROLES, type KnownColumnRole } from "../model/plan";
import type { SpecAlignment } from "../edits/spec";

/** Every role a template column may play: all but "unknown". */
export const TEMPLATE_ROLES = KNOWN_COLUMN_ROLES;

export type TemplateRole = KnownColumnRole;

export const TEMPLATE_IDS = ["plan-2018", "plan-tt57"] as const;

export type TemplateId = (typeof TEMPLATE_IDS)[number];

export type PageOrientation = "landscape" | "portrait";

export interface TemplateColumn {
  /** What recognition should make of the column: its header is a synonym of this role. */
  readonly role: TemplateRole;
  /** The header as written in the table (Vietnamese, NFC). */
  readonly header: string;
  /** Relative widths per page orientation; the writer scales them to the text width. */
  readonly weight: Readonly<Record<PageOrientation, number>>;
  /** Alignment of the column's body cells; left when absent. */
  readonly alignment?: SpecAlignment;
}

/** Wordings with `{code}` and `{title}` placeholders, filled from the catalog. */
export interface TemplateTexts {
  /** "MỨC 1, 2, 3": the level group row before the criteria; none when the form has no levels row. */
  readonly levelGroup?: string;
  /** "Tiêu chuẩn {code}: {title}" */
  readonly standardGroup: string;
  /** "Tiêu chí {code}: {title}", written in the criterion cell. */
  readonly criterion: string;
}

export interface PlanTableTemplate {
  readonly id: TemplateId;
  /** The catalogs' framework this template serves. */
  readonly framework: Framework;
  readonly description: string;
  readonly columns: readonly TemplateColumn[];
  readonly texts: TemplateTexts;
  /** Font size of the table's text per orientation (points). */
  readonly sizePt: Readonly<Record<PageOrientation, number>>;
}
