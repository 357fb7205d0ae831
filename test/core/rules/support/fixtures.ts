/**
 * The fixture plans' text exports (`shared/fixtures/source-texts/`), read the way a person reads
 * them: tab-separated table rows under a header, headings "2, Tiêu chuẩn 2: …" above one-standard
 * tables, group rows, cells wrapped onto a continuation line. Tests take their realistic cell
 * texts from here rather than copying them by hand.
 */
import { readFileSync } from "fs";
import path from "path";
import type { ColumnRole } from "../../../../src/core/model/plan";
import { parseSchoolYear } from "../../../../src/core/time";
import {
  action,
  buildPlan,
  levelGroup,
  standardGroup,
  type BuiltPlan,
  type PlanSpec,
  type RowSpec,
  type TableSpec,
} from "./plan-builder";

const SHARED_DIR = path.resolve(__dirname, "../../../../../shared");

export function readSourceText(name: string): string {
  return readFileSync(path.join(SHARED_DIR, "fixtures/source-texts", `${name}.txt`), "utf8");
}

function cellsOf(line: string): string[] {
  return line
    .replace(/<\/?b>/g, "")
    .split("\t")
    .map((cell) => cell.trim());
}

/** The first tab-separated cell of the fixture whose text matches `pattern`, as written. */
export function fixtureCell(name: string, pattern: RegExp): string {
  for (const line of readSourceText(name).split("\n")) {
    const cell = cellsOf(line).find((text) => pattern.test(text));
    if (cell !== undefined) return cell;
  }
  throw new Error(`No cell matching ${String(pattern)} in ${name}`);
}

/** The first line of the fixture matching `pattern`, trimmed. */
export function fixtureLine(name: string, pattern: RegExp): string {
  const line = readSourceText(name)
    .split("\n")
    .find((candidate) => pattern.test(candidate));
  if (line === undefined) throw new Error(`No line matching ${String(pattern)} in ${name}`);
  return line.replace(/\*+/g, "").trim();
}

const HEADER_ROLES: [RegExp, ColumnRole][] = [
  [/^S?TT$/, "number"],
  [/^Tiêu chuẩn, tiêu chí$/, "criterion"],
  [/^Nội dung cần cải tiến/, "weakness"],
  [/^Kết quả cần đạt/, "weakness"],
  [/^(Công việc|Biện pháp|Giải pháp)/, "action"],
  [/^(Chủ trì|Người thực hiện)/, "owner"],
  [/^Thời gian/, "deadline"],
  [/kinh phí/i, "cost"],
  [/^Điều kiện/, "support"],
  [/^Minh chứng/, "evidence"],
  [/^Ghi chú/, "note"],
];

function roleOf(header: string): ColumnRole {
  return HEADER_ROLES.find(([pattern]) => pattern.test(header))?.[1] ?? "unknown";
}

const HEADING = /^\d+[.,]\s*Tiêu chuẩn (\d+):\s*(.*)$/;
const STANDARD_LABEL = /^Tiêu chuẩn (\d+):\s*(.*)$/;
const MAX_FRAGMENT_WORDS = 3;

interface DraftRow {
  cells: Partial<Record<ColumnRole, string>>;
}

function isContinuation(cells: string[], columns: ColumnRole[]): boolean {
  const owner = columns.indexOf("owner");
  const deadline = columns.indexOf("deadline");
  if ((owner >= 0 && cells[owner]) || (deadline >= 0 && cells[deadline])) return false;
  const first = cells[0] ?? "";
  return first === "" || first.split(/\s+/).length <= MAX_FRAGMENT_WORDS;
}

function appendTo(row: DraftRow, cells: string[], columns: ColumnRole[]): void {
  columns.forEach((role, index) => {
    const text = cells[index];
    if (!text) return;
    const before = row.cells[role];
    row.cells[role] = before ? `${before} ${text}` : text;
  });
}

function readTable(lines: string[], start: number, heading?: TableSpec["heading"]) {
  const headers = cellsOf(lines[start] ?? "");
  const columns = headers.map(roleOf);
  const rows: RowSpec[] = [];
  let last: DraftRow | undefined;
  let index = start + 1;
  for (; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.trim() === "" || /^[\s\t-]+$/.test(line)) continue;
    if (!line.includes("\t")) break;
    const cells = cellsOf(line);
    if (/^MỨC/.test(cells[0] ?? "")) {
      rows.push(levelGroup(cells[0] ?? ""));
      last = undefined;
      continue;
    }
    const label = STANDARD_LABEL.exec(cells[1] ?? "");
    if (label && cells.slice(2).every((cell) => cell === "")) {
      rows.push(standardGroup(label[1] ?? "", label[2] ?? "", cells[0] || undefined));
      last = undefined;
      continue;
    }
    if (last && isContinuation(cells, columns)) {
      appendTo(last, cells, columns);
      continue;
    }
    last = { cells: {} };
    appendTo(last, cells, columns);
    rows.push(action(last.cells));
  }
  const table: TableSpec = { columns, headers, rows, ...(heading ? { heading } : {}) };
  return { table, end: index };
}

/** The fixture's plan tables (those with a "Thời gian…" column) and its metadata, as a built plan. */
export function fixturePlan(name: string): BuiltPlan {
  const text = readSourceText(name);
  const lines = text.split("\n");
  const tables: TableSpec[] = [];
  let heading: TableSpec["heading"];
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? "").trim();
    const headingMatch = HEADING.exec(line);
    if (headingMatch) {
      heading = { code: headingMatch[1] ?? "", title: headingMatch[2] ?? "" };
      continue;
    }
    const headers = cellsOf(lines[index] ?? "");
    if (headers.length > 2 && headers.some((header) => /^Thời gian/.test(header))) {
      const { table, end } = readTable(lines, index, heading);
      tables.push(table);
      heading = undefined;
      index = end - 1;
    }
  }
  const number = /Số\s*:\s*(\S*\/KH-\S+)/.exec(text);
  const date = /ngày (\d+) tháng (\d+) năm (\d{4})/.exec(text);
  const schoolYear = parseSchoolYear(fixtureLine(name, /^\W*Năm học/i));
  const monitor = lines.find((line) => /Giám sát kế hoạch/i.test(line));
  const spec: PlanSpec = {
    tables,
    ...(schoolYear ? { schoolYear: schoolYear.startYear } : {}),
    ...(number?.[1]
      ? { planNumber: { text: `${number[1]}`, blank: number[1].startsWith("/") } }
      : {}),
    ...(date
      ? { date: { day: Number(date[1]), month: Number(date[2]), year: Number(date[3]) } }
      : {}),
    ...(monitor ? { monitorAssignment: monitor.trim() } : {}),
  };
  return buildPlan(spec);
}
