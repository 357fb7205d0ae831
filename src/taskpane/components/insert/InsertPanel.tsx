import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import { TableAdd20Regular, TextBulletListAdd20Regular } from "@fluentui/react-icons";
import { getCatalog, SCHOOL_LEVELS, type Framework, type SchoolLevel } from "../../../core";
import type { LocalizedText } from "../../../core/model/localized";
import { format } from "../../i18n/strings";
import { useLocalize, useStrings } from "../../i18n/StringsContext";
import { useSession, useSessionState } from "../../session/SessionContext";
import { ASSUMED_LEVEL, levelInUse } from "../../session/plan-session";
import {
  insertCriterionRows,
  insertionCatalog,
  insertPlanTable,
} from "../../session/insert-actions";
import { CriteriaPicker } from "./CriteriaPicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  action: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

const AUTO = "auto";

export function InsertPanel() {
  const styles = useStyles();
  const strings = useStrings();
  const localize = useLocalize();
  const session = useSession();
  const state = useSessionState();
  const plan = state.analysis?.plans[0];
  const level = levelInUse(state);
  // "Tự nhận" only for a level the document names; otherwise say it was not recognised.
  const autoLabel = state.detectedLevel
    ? format(strings.insert.levelAuto, { level: strings.levels[state.detectedLevel] })
    : format(strings.insert.levelNotDetected, { level: strings.levels[ASSUMED_LEVEL] });
  const [framework, setFramework] = React.useState<Framework>(
    plan ? getCatalog(plan.metadata.catalogId).framework : "2018"
  );
  const catalogId = insertionCatalog(session, { level, framework });
  const catalog = getCatalog(catalogId);
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [skipped, setSkipped] = React.useState<LocalizedText[]>([]);
  const busy = state.activity !== "idle";

  React.useEffect(() => setSelected(new Set()), [catalogId]);

  const onInsertRows = async () => {
    const result = await insertCriterionRows(session, [...selected].sort(compareCodes));
    setSkipped(result.skipped);
    if (result.added.length > 0) setSelected(new Set());
  };

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Field label={strings.insert.level}>
          <Select
            value={state.levelOverride ?? AUTO}
            onChange={(_event, data) =>
              session.setLevel(data.value === AUTO ? undefined : (data.value as SchoolLevel))
            }
          >
            <option value={AUTO}>{autoLabel}</option>
            {SCHOOL_LEVELS.map((id) => (
              <option key={id} value={id}>
                {strings.levels[id]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.insert.framework}>
          <Select
            value={framework}
            onChange={(_event, data) => setFramework(data.value as Framework)}
          >
            <option value="2018">{strings.insert.framework2018}</option>
            <option value="tt57">{strings.insert.frameworkTt57}</option>
          </Select>
        </Field>
      </div>
      <div className={styles.action}>
        <Button
          appearance={plan ? "secondary" : "primary"}
          icon={<TableAdd20Regular />}
          disabled={busy}
          onClick={() => void insertPlanTable(session, catalogId, [...selected].sort(compareCodes))}
        >
          {strings.insert.insertTable}
        </Button>
        <Caption1>
          {session.host.capabilities.hasCursor
            ? strings.insert.insertTableHint
            : strings.insert.insertTableHintNoCursor}
        </Caption1>
      </div>
      <CriteriaPicker catalog={catalog} selected={selected} onChange={setSelected} />
      <div className={styles.action}>
        <Button
          appearance={plan ? "primary" : "secondary"}
          icon={<TextBulletListAdd20Regular />}
          disabled={busy || selected.size === 0 || !plan}
          onClick={() => void onInsertRows()}
        >
          {strings.insert.insertRows}
        </Button>
        <Caption1>{plan ? strings.insert.insertRowsHint : strings.insert.needPlan}</Caption1>
      </div>
      {skipped.map((message) => (
        <MessageBar key={message.vi} intent="warning">
          <MessageBarBody>{localize(message)}</MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}

/** "1.2" before "1.10": criterion codes in numeric order. */
export function compareCodes(a: string, b: string): number {
  const [aStandard = 0, aCriterion = 0] = a.split(".").map(Number);
  const [bStandard = 0, bCriterion = 0] = b.split(".").map(Number);
  return aStandard - bStandard || aCriterion - bCriterion;
}
