/**
 * A plain-text table: columns padded to line up, cells wrapped inside their column when a width
 * is given (a terminal), left on one line otherwise (a pipe or a file: one finding per line, easy
 * to grep). When the table is too wide, columns give way in the order the caller says.
 */
import { displayWidth, padEnd } from "./display-width";
import { narrowestWidth, wrapText } from "./wrap";

const GAP = "  ";

/** Narrow `column` down to `downTo` columns (or to its narrowest unbroken word). */
export interface ShrinkStep {
  readonly column: number;
  readonly downTo: number | "narrowest";
}

export interface TableLayout {
  /** Total width available, indent included; undefined: do not wrap. */
  readonly width?: number;
  readonly indent?: string;
  readonly shrink?: readonly ShrinkStep[];
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function columnWidths(
  rows: readonly (readonly string[])[],
  available: number | undefined,
  shrink: readonly ShrinkStep[]
): number[] {
  const columnCount = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columnCount }, (_, column) =>
    Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? "")))
  );
  if (available === undefined) return widths;
  const narrowest = Array.from({ length: columnCount }, (_, column) =>
    Math.max(1, ...rows.map((row) => narrowestWidth(row[column] ?? "")))
  );
  const total = () =>
    widths.reduce((sum, width) => sum + width, 0) + GAP.length * (columnCount - 1);
  for (const step of shrink) {
    const excess = total() - available;
    if (excess <= 0) break;
    const current = widths[step.column];
    if (current === undefined) continue;
    const floor = Math.max(
      narrowest[step.column] ?? 1,
      step.downTo === "narrowest" ? 0 : step.downTo
    );
    widths[step.column] = Math.min(current, Math.max(floor, current - excess));
  }
  return widths;
}

/**
 * Unwrapped, the last column is as wide as its longest message: its rule stops at a readable
 * length instead of running across the screen.
 */
function ruleWidths(
  widths: readonly number[],
  header: readonly string[],
  available: number | undefined
): number[] {
  if (available !== undefined || widths.length === 0) return [...widths];
  const last = widths.length - 1;
  const lastRule = Math.max(displayWidth(header[last] ?? ""), Math.min(widths[last]!, 40));
  return [...widths.slice(0, last), lastRule];
}

/** The table's lines: the header, a rule under it, then the rows. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  layout: TableLayout = {}
): string[] {
  const indent = layout.indent ?? "";
  const all = [header, ...rows].map((row) => row.map(singleLine));
  const available =
    layout.width === undefined ? undefined : Math.max(1, layout.width - displayWidth(indent));
  const widths = columnWidths(all, available, layout.shrink ?? []);
  const lines: string[] = [];
  const emit = (row: readonly string[]) => {
    const cells = widths.map((width, column) => {
      const text = row[column] ?? "";
      return available === undefined ? [text] : wrapText(text, width);
    });
    const height = Math.max(...cells.map((cell) => cell.length));
    for (let index = 0; index < height; index++) {
      const parts = cells.map((cell, column) =>
        column === cells.length - 1
          ? (cell[index] ?? "")
          : padEnd(cell[index] ?? "", widths[column]!)
      );
      lines.push((indent + parts.join(GAP)).trimEnd());
    }
  };
  emit(all[0]!);
  lines.push(
    indent +
      ruleWidths(widths, all[0]!, available)
        .map((w) => "─".repeat(w))
        .join(GAP)
  );
  for (const row of all.slice(1)) emit(row);
  return lines;
}
