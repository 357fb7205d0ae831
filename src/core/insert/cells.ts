/** Small builders of cell specs, so row builders read as the rows they make. */
import type { CellSpec, SpecAlignment } from "../edits/spec";

export interface CellOptions {
  bold?: boolean;
  span?: number;
  alignment?: SpecAlignment;
  verticalAlignment?: "top" | "center";
  shaded?: boolean;
}

/** A cell of one paragraph; an empty text makes an empty paragraph. */
export function textCell(text: string, options: CellOptions = {}): CellSpec {
  const { bold, span, ...layout } = options;
  const runs = text === "" ? [] : [{ text, ...(bold ? { bold: true } : {}) }];
  return {
    paragraphs: [runs],
    ...(span !== undefined && span !== 1 ? { span } : {}),
    ...layout,
  };
}

export function emptyCell(span = 1): CellSpec {
  return textCell("", { span });
}

/** A cell inside a vertical merge started above: it shows nothing of its own. */
export function continuedCell(span = 1): CellSpec {
  return { ...emptyCell(span), verticalMerge: "continue" };
}
