import * as React from "react";
import { Caption1, makeStyles, Subtitle1, tokens } from "@fluentui/react-components";
import { format } from "../../taskpane/i18n/strings";
import type { Strings } from "../../taskpane/i18n/strings";
import { useStrings } from "../../taskpane/i18n/StringsContext";
import { useSessionState } from "../../taskpane/session/SessionContext";
import { findingsByCell, placeFinding, placeKey } from "./cell-findings";
import type { ChosenFinding } from "./chosen-finding";
import { shownTables, type ShownTable } from "./shown-tables";
import { tableGrid } from "./table-grid";
import { TableView } from "./TableView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * Where a finding is, without Word: the document's plan tables drawn read-only from the model,
 * problem cells marked, the chosen finding's cell outlined and scrolled into view.
 */
export function DocumentTables({ chosen }: { chosen: ChosenFinding | undefined }) {
  const styles = useStyles();
  const strings = useStrings();
  const { document, analysis, visibleFindings } = useSessionState();
  const tables = React.useMemo(
    () => (document ? shownTables(document, analysis, visibleFindings) : []),
    [document, analysis, visibleFindings]
  );
  const grids = React.useMemo(
    () => new Map(tables.map((shown) => [shown.table.tableIndex, tableGrid(shown.table)])),
    [tables]
  );
  const byCell = React.useMemo(
    () => (document ? findingsByCell(visibleFindings, document, grids) : new Map()),
    [visibleFindings, document, grids]
  );
  const current = chosen && document && chosen.document === document ? chosen : undefined;
  const placed = current && document ? placeFinding(current.finding, document, grids) : undefined;
  const chosenKey = placed ? placeKey(placed.tableIndex, placed.cell.key) : undefined;
  const announcement = !current
    ? ""
    : placed
      ? format(strings.standalone.showing, {
          table: placed.tableIndex + 1,
          row: placed.cell.rowIndex + 1,
        })
      : strings.standalone.notShown;

  if (!document) return null;
  return (
    <section className={styles.root} aria-labelledby="tables-heading">
      <div className={styles.intro}>
        <Subtitle1 as="h2" id="tables-heading" className={styles.heading}>
          {strings.standalone.tablesTitle}
        </Subtitle1>
        <Caption1 className={styles.hint}>{strings.standalone.tablesHint}</Caption1>
        <Caption1 aria-live="polite">{announcement}</Caption1>
      </div>
      {tables.length === 0 && <Caption1>{strings.standalone.noTables}</Caption1>}
      {tables.map((shown) => {
        const grid = grids.get(shown.table.tableIndex);
        if (!grid) return null;
        return (
          <TableView
            key={shown.table.tableIndex}
            shown={shown}
            grid={grid}
            caption={captionOf(shown, strings)}
            findingsByCell={byCell}
            chosenKey={chosenKey}
            chosenAt={current?.at ?? 0}
          />
        );
      })}
    </section>
  );
}

function captionOf(shown: ShownTable, strings: Strings): string {
  const n = shown.table.tableIndex + 1;
  if (shown.kind === "appendix") return format(strings.standalone.appendixCaption, { n });
  const caption = format(strings.standalone.tableCaption, { n });
  return shown.heading ? `${caption}: ${shown.heading}` : caption;
}
