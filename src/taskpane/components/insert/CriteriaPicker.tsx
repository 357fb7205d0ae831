import * as React from "react";
import {
  Caption1,
  Checkbox,
  makeStyles,
  SearchBox,
  tokens,
  Button,
} from "@fluentui/react-components";
import type { Catalog } from "../../../core/catalog";
import { format } from "../../i18n/strings";
import { useStrings } from "../../i18n/StringsContext";
import { filterCriteria } from "./criteria-filter";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  tree: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    maxHeight: "50vh",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
  },
  standard: { border: "none", margin: 0, padding: 0, minWidth: 0 },
  criteria: { display: "flex", flexDirection: "column", paddingLeft: tokens.spacingHorizontalXL },
  status: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
});

export interface CriteriaPickerProps {
  catalog: Catalog;
  selected: ReadonlySet<string>;
  onChange(selected: Set<string>): void;
}

/** Criteria grouped by standard, searchable, multi-select; a standard's box selects all its criteria. */
export function CriteriaPicker({ catalog, selected, onChange }: CriteriaPickerProps) {
  const styles = useStyles();
  const strings = useStrings();
  const [query, setQuery] = React.useState("");
  const groups = React.useMemo(() => filterCriteria(catalog, query), [catalog, query]);

  const toggle = (codes: string[], on: boolean) => {
    const next = new Set(selected);
    for (const code of codes) {
      if (on) next.add(code);
      else next.delete(code);
    }
    onChange(next);
  };

  return (
    <div className={styles.root}>
      <SearchBox
        placeholder={strings.insert.search}
        aria-label={strings.insert.search}
        value={query}
        onChange={(_event, data) => setQuery(data.value)}
      />
      <div className={styles.tree} role="group" aria-label={strings.insert.criteria}>
        {groups.length === 0 && <Caption1>{strings.insert.noMatches}</Caption1>}
        {groups.map(({ standard, criteria }) => {
          const codes = criteria.map((criterion) => criterion.code);
          const chosen = codes.filter((code) => selected.has(code)).length;
          const state = chosen === 0 ? false : chosen === codes.length ? true : "mixed";
          return (
            <fieldset key={standard.code} className={styles.standard}>
              <legend>
                <Checkbox
                  checked={state}
                  onChange={(_event, data) => toggle(codes, data.checked === true)}
                  label={
                    <strong>
                      {format(strings.insert.standardLabel, {
                        code: standard.code,
                        title: standard.title,
                      })}
                    </strong>
                  }
                />
              </legend>
              <div className={styles.criteria}>
                {criteria.map((criterion) => (
                  <Checkbox
                    key={criterion.code}
                    checked={selected.has(criterion.code)}
                    onChange={(_event, data) => toggle([criterion.code], data.checked === true)}
                    label={`${criterion.code}. ${criterion.title}`}
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
      </div>
      <div className={styles.status}>
        <Caption1 aria-live="polite">
          {format(strings.insert.selectedCount, { n: selected.size })}
        </Caption1>
        {selected.size > 0 && (
          <Button size="small" appearance="subtle" onClick={() => onChange(new Set())}>
            {strings.insert.clearSelection}
          </Button>
        )}
      </div>
    </div>
  );
}
