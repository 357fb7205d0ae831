/**
 * Changes the core asks a host to make, as data. Indices refer to the document model the edits were
 * planned from; a host applies a batch so that earlier edits do not shift later ones (it may reorder).
 */
import type { CellLocation } from "../model/document";
import type { FragmentSpec, RowSpec, TableSpec } from "./spec";

export type InsertPosition =
  { kind: "cursor" } | { kind: "afterBlock"; blockIndex: number } | { kind: "end" };

export type DocumentEdit =
  | { kind: "insertFragment"; fragment: FragmentSpec; at: InsertPosition }
  /** New rows after `afterRowIndex`, formatted like that row (or like `formatLikeRowIndex`). */
  | {
      kind: "insertRows";
      tableIndex: number;
      afterRowIndex: number;
      rows: RowSpec[];
      formatLikeRowIndex?: number;
    }
  | { kind: "replaceTable"; tableIndex: number; table: TableSpec }
  /** Replaces a cell's text; refused when the cell no longer holds `expectedText`. */
  | { kind: "setCellText"; cell: CellLocation; expectedText: string; text: string }
  /**
   * Replaces the text of the body paragraph at `blockIndex`, formatted like its first run;
   * refused when it no longer holds `expectedText`.
   */
  | { kind: "setParagraphText"; blockIndex: number; expectedText: string; text: string };
