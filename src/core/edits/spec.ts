/**
 * The core's edits, as data: what to insert, never how a host stores it.
 * `src/ooxml/` renders these to WordprocessingML for both hosts.
 */

export type SpecAlignment = "left" | "center" | "right" | "justify";

export interface SpecRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export interface ParagraphSpec {
  kind: "paragraph";
  runs: SpecRun[];
  alignment?: SpecAlignment;
  /** Font size in points; the document default (13 pt) when absent. */
  sizePt?: number;
  /** Start the paragraph on a new page. */
  pageBreakBefore?: boolean;
  spacingAfterPt?: number;
}

export interface CellSpec {
  /** One entry per paragraph in the cell; an empty array is one empty paragraph. */
  paragraphs: SpecRun[][];
  /** Grid columns covered; 1 when absent. */
  span?: number;
  verticalMerge?: "restart" | "continue";
  alignment?: SpecAlignment;
  verticalAlignment?: "top" | "center";
  /** A light fill used for group rows. */
  shaded?: boolean;
}

export type RowKind = "header" | "group" | "data";

export interface RowSpec {
  kind: RowKind;
  cells: CellSpec[];
  /** Opaque key the producer can use to find the row again (e.g. when regenerating). */
  key?: string;
}

export interface TableSpec {
  kind: "table";
  /** Relative column widths; the writer scales them to the page's text width. */
  columnWeights: number[];
  /** Repeated at the top of every page. */
  headerRows: RowSpec[];
  bodyRows: RowSpec[];
  /** Tag of a content control wrapping the table, so we can find our own table again. */
  marker?: string;
  /** Font size of the table's text in points; 12 pt when absent. */
  sizePt?: number;
}

export type BlockSpec = ParagraphSpec | TableSpec;

/** A run of blocks inserted together (e.g. the appendix: heading, table, signature). */
export interface FragmentSpec {
  blocks: BlockSpec[];
  /** Put the fragment in its own landscape section (wide tables). */
  landscape?: boolean;
  /** Tag of a content control wrapping the whole fragment. */
  marker?: string;
}
