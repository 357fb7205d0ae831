import * as React from "react";
import { makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/model/finding";
import type { TableCell } from "../../core/model/document";
import { format } from "../../taskpane/i18n/strings";
import { useStrings } from "../../taskpane/i18n/StringsContext";
import { CellMarker } from "./CellMarker";
import { placeKey, worstSeverity } from "./cell-findings";
import type { ShownTable } from "./shown-tables";
import type { DrawnCell, DrawnRow, TableGrid } from "./table-grid";

const pulse = {
  from: { outlineColor: tokens.colorBrandStroke2 },
  to: { outlineColor: tokens.colorBrandStroke1 },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  heading: { margin: 0 },
  scroller: {
    overflowX: "auto",
    maxWidth: "100%",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: "top",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "break-word",
    scrollMargin: tokens.spacingVerticalXXL,
  },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: "middle",
    textAlign: "center",
  },
  group: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  gap: { border: "none", backgroundColor: "transparent" },
  rowNumber: {
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightRegular,
    textAlign: "end",
    verticalAlign: "top",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  paragraph: { margin: 0, whiteSpace: "pre-wrap", minHeight: "1lh" },
  bold: { fontWeight: tokens.fontWeightSemibold },
  // Severity as a tint and a bar at the cell's start edge; the marker says it in words.
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    boxShadow: `inset 4px 0 0 ${tokens.colorPaletteRedBorder2}`,
  },
  warning: {
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
    boxShadow: `inset 4px 0 0 ${tokens.colorPaletteDarkOrangeBorder2}`,
  },
  tip: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset 4px 0 0 ${tokens.colorBrandStroke1}`,
  },
  chosen: {
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-3px",
    animationName: pulse,
    animationDuration: "0.6s",
    animationIterationCount: 3,
    animationDirection: "alternate",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none" },
  },
});

export interface TableViewProps {
  shown: ShownTable;
  grid: TableGrid;
  caption: string;
  findingsByCell: ReadonlyMap<string, Finding[]>;
  /** The drawn cell of the chosen finding, when it is in this table. */
  chosenKey: string | undefined;
  /** Changes on every choice, so choosing the same finding again scrolls to it again. */
  chosenAt: number;
}

/** Column widths as Word's grid has them, in percent; equal columns when the grid is absent. */
function columnPercents(widths: readonly number[], count: number): number[] {
  const known = widths.length === count && widths.every((width) => width > 0);
  const total = known ? widths.reduce((sum, width) => sum + width, 0) : count;
  return Array.from(
    { length: count },
    (_, index) => ((known ? (widths[index] ?? 0) : 1) / total) * 100
  );
}

/** A read-only copy of one Word table, with its problem cells marked and the chosen one outlined. */
export function TableView({
  shown,
  grid,
  caption,
  findingsByCell,
  chosenKey,
  chosenAt,
}: TableViewProps) {
  const styles = useStyles();
  const strings = useStrings();
  const headingId = React.useId();
  const chosenRef = React.useRef<HTMLTableCellElement | null>(null);
  const { tableIndex } = grid;

  React.useEffect(() => {
    const element = chosenRef.current;
    if (!chosenKey || !element) return;
    const reduceMotion = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
    element.scrollIntoView?.({
      block: "center",
      inline: "center",
      behavior: reduceMotion ? "auto" : "smooth",
    });
  }, [chosenKey, chosenAt]);

  const headerRows = grid.rows.filter((row) => shown.headerRowIndices.has(row.rowIndex));
  const bodyRows = grid.rows.filter((row) => !shown.headerRowIndices.has(row.rowIndex));
  const minWidth = `max(32rem, ${grid.columnCount * 6}rem)`;
  // Group rows as recognition found them; in other tables (the appendix), a row that is one cell
  // across the whole table is a group row too.
  const acrossTable = new Set(
    grid.rows
      .filter((row) => row.items.length === 1 && row.items[0]?.colSpan === grid.columnCount)
      .map((row) => row.rowIndex)
  );
  const isGroupRow = (rowIndex: number) =>
    shown.groupRowIndices.has(rowIndex) || (shown.kind !== "plan" && acrossTable.has(rowIndex));

  const drawCell = (drawn: DrawnCell, inHeader: boolean) => {
    const key = placeKey(tableIndex, drawn.key);
    const findings = findingsByCell.get(key) ?? [];
    const severity: Severity | undefined = worstSeverity(findings);
    const chosen = key === chosenKey;
    const Tag = inHeader ? "th" : "td";
    return (
      <Tag
        key={drawn.key}
        ref={chosen ? chosenRef : undefined}
        colSpan={drawn.colSpan > 1 ? drawn.colSpan : undefined}
        rowSpan={drawn.rowSpan > 1 ? drawn.rowSpan : undefined}
        scope={inHeader ? "col" : undefined}
        data-cell={key}
        data-severity={severity}
        aria-current={chosen ? "location" : undefined}
        className={mergeClasses(
          styles.cell,
          inHeader && styles.header,
          !inHeader && isGroupRow(drawn.rowIndex) && styles.group,
          severity && styles[severity],
          chosen && styles.chosen
        )}
      >
        <CellText
          cell={drawn.cell}
          marker={findings.length > 0 ? <CellMarker findings={findings} /> : undefined}
          boldClass={styles.bold}
          paragraphClass={styles.paragraph}
        />
      </Tag>
    );
  };

  const drawRow = (row: DrawnRow, inHeader: boolean) => (
    <tr key={row.rowIndex}>
      <th
        scope="row"
        className={styles.rowNumber}
        aria-label={format(strings.standalone.rowNumber, { row: row.rowIndex + 1 })}
      >
        {row.rowIndex + 1}
      </th>
      {row.items.map((item, index) =>
        item.kind === "cell" ? (
          drawCell(item, inHeader)
        ) : (
          <td
            key={`gap-${index}`}
            colSpan={item.colSpan}
            className={mergeClasses(styles.cell, styles.gap)}
          />
        )
      )}
    </tr>
  );

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {caption}
      </Subtitle2>
      <div
        className={styles.scroller}
        role="region"
        aria-labelledby={headingId}
        // Keyboard users scroll a wide table sideways with the arrow keys once it has focus.
        tabIndex={0}
        data-table={tableIndex}
      >
        <table className={styles.table} style={{ minWidth }} aria-labelledby={headingId}>
          <colgroup>
            <col style={{ width: "2.25rem" }} />
            {columnPercents(shown.table.gridColumnWidths, grid.columnCount).map(
              (percent, index) => (
                <col key={index} style={{ width: `${percent.toFixed(2)}%` }} />
              )
            )}
          </colgroup>
          {headerRows.length > 0 && <thead>{headerRows.map((row) => drawRow(row, true))}</thead>}
          <tbody>{bodyRows.map((row) => drawRow(row, false))}</tbody>
        </table>
      </div>
    </section>
  );
}

/**
 * The cell's paragraphs as written: line breaks kept, bold paragraphs bold, trailing blanks
 * dropped. The marker leads the first line, so in a narrow column the text wraps after it rather
 * than inside a word ("12/2" "026").
 */
function CellText({
  cell,
  marker,
  boldClass,
  paragraphClass,
}: {
  cell: TableCell;
  marker: React.ReactNode;
  boldClass: string;
  paragraphClass: string;
}) {
  const paragraphs = [...cell.paragraphs];
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1]?.text.trim() === "") {
    paragraphs.pop();
  }
  if (paragraphs.length === 0) return marker ? <p className={paragraphClass}>{marker}</p> : null;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} className={mergeClasses(paragraphClass, paragraph.bold && boldClass)}>
          {index === 0 && marker}
          {paragraph.text}
        </p>
      ))}
    </>
  );
}
