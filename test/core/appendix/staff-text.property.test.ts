/**
 * Whatever staff type into the appendix, and however the plan changes afterwards (rows added,
 * removed, reordered, reworded), regenerating keeps every typed text, exactly once — read back
 * through the reader. Typed texts are any Unicode (newlines and tabs included) between unique
 * tags, so "exactly once" cannot be met by chance.
 */
import fc from "fast-check";
import {
  APPENDIX_LAYOUTS,
  allCriteria,
  getCatalog,
  planAppendix,
  type AppendixColumnId,
  type DocumentEdit,
} from "../../../src/core";
import {
  apply,
  occurrences,
  planTableXmls,
  read,
  runAppendix,
  tables,
  type Reading,
} from "./support/documents";
import {
  catalogOf,
  planDocumentXml,
  planTableSpec,
  type PlanForm,
  type PlanRowInput,
} from "./support/plan-document";

const WORDS = [
  "rà soát",
  "hồ sơ",
  "bổ sung",
  "minh chứng",
  "giáo viên",
  "tập huấn",
  "phòng học",
  "đồ chơi",
  "sân vườn",
  "phụ huynh",
  "trao đổi",
  "kiểm tra",
  "nội bộ",
  "thư viện",
  "bếp ăn",
  "vệ sinh",
  "an toàn",
  "chuyên môn",
  "đánh giá",
  "thường xuyên",
  "chưa đầy đủ",
  "xuống cấp",
];

const phrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 9 })
  .map((words) => words.join(" "));

function planRow(form: PlanForm): fc.Arbitrary<PlanRowInput> {
  const codes = allCriteria(getCatalog(catalogOf(form))).map((criterion) => criterion.code);
  return fc.record({
    criterion: fc.constantFrom(...codes),
    weakness: phrase.map((text) => text.charAt(0).toUpperCase() + text.slice(1)),
    action: phrase.map((text) => `- ${text}`),
    owner: fc.constantFrom("BGH", "Tổ CM", "GV"),
    deadline: fc.constantFrom("9/2025", "10/2025 – 5/2026", "Cả năm"),
    target: phrase,
    indicator: phrase,
  });
}

/** Any code point, plus the characters most likely to go wrong. */
const TRICKY = fc.constantFrom(
  "\n",
  "\t",
  " ",
  "  ",
  "<",
  "&",
  "ư",
  "Ờ",
  "e\u0302\u0301",
  "\u00a0",
  "🙂"
);
const USER_TEXT = fc.string({
  unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), TRICKY),
  maxLength: 24,
});

interface PlanChange {
  /** Row, word, and whether the word is added to the weakness or replaces the action's first. */
  rewordings: [number, string, boolean][];
  removals: number[];
  additions: [number, PlanRowInput][];
  swaps: [number, number][];
}

function planChange(form: PlanForm): fc.Arbitrary<PlanChange> {
  return fc.record({
    rewordings: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS), fc.boolean()), {
      maxLength: 3,
    }),
    removals: fc.array(fc.nat(), { maxLength: 2 }),
    additions: fc.array(fc.tuple(fc.nat(), planRow(form)), { maxLength: 2 }),
    swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
  });
}

/** The plan after the change: a word added here and there, rows gone, new rows, rows moved. */
function changed(rows: readonly PlanRowInput[], change: PlanChange): PlanRowInput[] {
  const next = rows.map((row) => ({ ...row }));
  for (const [index, word, added] of change.rewordings) {
    const row = next[index % next.length];
    if (!row) continue;
    if (added) row.weakness = `${row.weakness} ${word}`;
    else row.action = row.action.replace(/^- \S+/u, `- ${word}`);
  }
  for (const index of change.removals) {
    if (next.length > 1) next.splice(index % next.length, 1);
  }
  for (const [index, row] of change.additions) next.splice(index % (next.length + 1), 0, row);
  for (const [a, b] of change.swaps) {
    const i = a % next.length;
    const j = b % next.length;
    const first = next[i];
    const second = next[j];
    if (first && second) {
      next[i] = second;
      next[j] = first;
    }
  }
  return next;
}

const STAFF_COLUMNS: Readonly<Record<PlanForm, AppendixColumnId[]>> = {
  "2018": ["adjusted", "done", "ongoing", "note"],
  tt57: ["termOne", "yearEnd", "note"],
};

function columnIndex(form: PlanForm, id: AppendixColumnId): number {
  const layout = APPENDIX_LAYOUTS[form === "tt57" ? "monitoring" : "report"];
  return layout.columns.findIndex((column) => column.id === id);
}

interface Typing {
  /** Per cell, in order: text to type, or null to leave it empty. */
  texts: (string | null)[];
  /** Per row: type over the plan content cell too (somebody's own words there). */
  overwritePlan: boolean[];
}

/** Types into the appendix table; returns the typed texts as the reader gives them back. */
function typeInto(
  reading: Reading,
  form: PlanForm,
  typing: Typing
): { xml: string; typed: string[] } {
  const table = tables(reading.model).at(-1);
  if (!table) throw new Error("no appendix");
  const width = APPENDIX_LAYOUTS[form === "tt57" ? "monitoring" : "report"].columns.length;
  const dataRows = table.rows.slice(2).filter((row) => row.cells.length === width);
  const edits: DocumentEdit[] = [];
  const tags: string[] = [];
  let next = 0;
  const type = (rowIndex: number, cellIndex: number, expectedText: string, text: string) => {
    const tag = `⟦${tags.length}⟧`;
    tags.push(tag);
    edits.push({
      kind: "setCellText",
      cell: { tableIndex: table.tableIndex, rowIndex, cellIndex },
      expectedText,
      text: `${tag}${text}⟦/${tags.length - 1}⟧`,
    });
  };
  dataRows.forEach((row, rowPosition) => {
    for (const id of STAFF_COLUMNS[form]) {
      const text = typing.texts[next++ % typing.texts.length];
      if (text !== null && text !== undefined) type(row.rowIndex, columnIndex(form, id), "", text);
    }
    if (typing.overwritePlan[rowPosition % typing.overwritePlan.length]) {
      const planned = columnIndex(form, "planned");
      type(row.rowIndex, planned, row.cells[planned]?.text ?? "", `việc tự ghi ${rowPosition}`);
    }
  });
  const xml = apply(reading.xml, edits);
  const typedTable = tables(read(xml).model).at(-1);
  const typed = (typedTable?.rows ?? [])
    .flatMap((row) => row.cells.map((cell) => cell.text))
    .filter((text) => tags.some((tag) => text.startsWith(tag)));
  expect(typed).toHaveLength(tags.length);
  return { xml, typed };
}

const TYPING: fc.Arbitrary<Typing> = fc.record({
  texts: fc.array(fc.option(USER_TEXT, { freq: 2 }), { minLength: 1, maxLength: 30 }),
  overwritePlan: fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }),
});

function property(form: PlanForm) {
  return fc.property(
    fc.array(planRow(form), { minLength: 1, maxLength: 6 }),
    TYPING,
    planChange(form),
    (rows, typing, change) => {
      const created = runAppendix(planDocumentXml(form, rows));
      const { xml: typedXml, typed } = typeInto(created.after, form, typing);
      const edited = apply(typedXml, [
        { kind: "replaceTable", tableIndex: 0, table: planTableSpec(form, changed(rows, change)) },
      ]);
      const regenerated = runAppendix(edited);
      for (const text of typed) {
        expect([text, occurrences(regenerated.after.model, text)]).toEqual([text, 1]);
      }
      expect(planTableXmls(regenerated.after)).toEqual(planTableXmls(read(edited)));
      const again = planAppendix(regenerated.after.model, regenerated.after.analysis);
      expect(again.edits).toEqual([]);
    }
  );
}

describe("typed text survives regeneration after plan edits", () => {
  it("in the 2018 report", () => {
    fc.assert(property("2018"), { numRuns: 60 });
  });

  it("in the TT57 monitoring table", () => {
    fc.assert(property("tt57"), { numRuns: 40 });
  });
});
