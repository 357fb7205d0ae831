/**
 * Where the model's parts sit in the XML string that was read, so a writer can splice the
 * original text (insert after a block, add rows after a row) and leave everything else
 * byte-identical. Offsets are UTF-16 indices into that string, [start, end) like
 * `String.prototype.slice`; for a flat OPC package they index the whole package string.
 */

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

export interface RowSource extends SourceRange {
  /**
   * One range per cell of the model's row, by `physicalIndex`: the `w:tc` element, or for a
   * legacy `w:hMerge` group, from the first merged `w:tc`'s start to the last one's end.
   */
  readonly cells: readonly SourceRange[];
}

export interface TableSource extends SourceRange {
  readonly blockIndex: number;
  readonly tableIndex: number;
  /** By `rowIndex`: each `w:tr` element, wherever row-level wrappers put it. */
  readonly rows: readonly RowSource[];
}

/** A body-level content control (`w:sdt`) and the blocks inside it. */
export interface ContentControlSource extends SourceRange {
  readonly tag: string | undefined;
  /** Blocks `firstBlockIndex` up to (not including) `firstBlockIndex + blockCount`. */
  readonly firstBlockIndex: number;
  readonly blockCount: number;
}

export interface DocumentSourceMap {
  /** By `blockIndex`: the `w:p` or `w:tbl` element itself (not any content control around it). */
  readonly blocks: readonly SourceRange[];
  /** By `tableIndex`. */
  readonly tables: readonly TableSource[];
  /** Body-level content controls in document order (an outer one before those inside it). */
  readonly contentControls: readonly ContentControlSource[];
  /** The content of `w:body`, between its tags. */
  readonly bodyContent: SourceRange;
  /** The body's final `w:sectPr`, before which content appended at the end must go. */
  readonly finalSectionProperties: SourceRange | undefined;
}
