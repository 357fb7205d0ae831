/**
 * The documented shape of `kdcl check --json`, as a strict schema: a field added, missing or of
 * another type fails the test, so the shape scripts rely on cannot drift unnoticed.
 */
import { z } from "zod";
import type {
  CheckReportJson,
  FileResultJson,
  FindingJson,
} from "../../../src/cli/check/json-report";
import { COLUMN_ROLES } from "../../../src/core/model/plan";

const nullableString = z.string().nullable();

const finding = z.strictObject({
  rule: z.string().regex(/^[a-z]+(?:-[a-z]+)*$/),
  severity: z.enum(["error", "warning", "tip"]),
  message: z.string().min(1),
  table: z.number().int().positive().nullable(),
  row: z.number().int().positive().nullable(),
  column: z.enum(COLUMN_ROLES).nullable(),
  criterion: z
    .string()
    .regex(/^\d+\.\d+$/)
    .nullable(),
  text: nullableString,
});

const file = z.strictObject({
  file: z.string().min(1),
  ok: z.boolean(),
  error: z.string().min(1).optional(),
  level: z.enum(["mn", "th", "thcs-thpt"]).nullable(),
  schoolYear: z
    .string()
    .regex(/^\d{4}-\d{4}$/)
    .nullable(),
  planNumber: nullableString,
  rows: z.number().int().nonnegative().nullable(),
  complete: z.number().int().nonnegative().nullable(),
  findings: z.array(finding),
});

const report = z.strictObject({ files: z.array(file) });

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Compile-time agreement of the schema with the TypeScript type the CLI builds its output as. */
export const SCHEMA_MATCHES_TYPE: {
  readonly report: z.infer<typeof report> extends CheckReportJson ? true : false;
  readonly fileFields: Same<keyof FileResultJson, keyof z.infer<typeof file>>;
  readonly findingFields: Same<keyof FindingJson, keyof z.infer<typeof finding>>;
} = { report: true, fileFields: true, findingFields: true };

/** Parses stdout as exactly one JSON document of the documented shape. */
export function parseCheckReport(stdout: string): CheckReportJson {
  const parsed = report.parse(JSON.parse(stdout));
  for (const entry of parsed.files) {
    // `error` exactly when the file could not be read; then nothing else is known about it.
    expect(entry.error !== undefined).toBe(!entry.ok);
    if (!entry.ok) {
      expect(entry).toMatchObject({ level: null, rows: null, complete: null, findings: [] });
    }
  }
  return parsed;
}
