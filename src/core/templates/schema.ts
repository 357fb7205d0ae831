/**
 * Validation of template data at load time. A template that fails is a developer error (a bad edit
 * of the data), so loading throws with every problem listed rather than writing a broken table.
 */
// zod/mini: the same validation as zod with a fraction of its weight in the task pane bundle.
import * as z from "zod/mini";
import { describeIssues } from "../data/describe-issues";
import { comparisonKey } from "../text";
import { TEMPLATE_IDS, TEMPLATE_ROLES, type PlanTableTemplate, type TemplateRole } from "./types";

const wordingChecks = [
  z.minLength(1),
  z.refine<string>((text) => text === text.normalize("NFC"), "must be NFC"),
  z.refine<string>((text) => text === text.trim() && !/\s{2}/.test(text), "has stray spaces"),
] as const;

const wording = z.string().check(...wordingChecks);

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** A wording whose only placeholders are `{code}` and `{title}`, both present. */
const codeAndTitleWording = z.string().check(
  ...wordingChecks,
  z.superRefine((text, ctx) => {
    const names = [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);
    for (const name of names) {
      if (name !== "code" && name !== "title") {
        ctx.addIssue({ code: "custom", message: `unknown placeholder {${name}}` });
      }
    }
    for (const required of ["code", "title"]) {
      if (!names.includes(required)) {
        ctx.addIssue({ code: "custom", message: `must contain {${required}}` });
      }
    }
  })
);

const weight = z.number().check(z.positive());

const columnSchema = z.strictObject({
  role: z.enum(TEMPLATE_ROLES),
  header: wording,
  weight: z.strictObject({ landscape: weight, portrait: weight }),
  alignment: z.optional(z.enum(["left", "center", "right", "justify"])),
});

const sizePt = z.number().check(z.gte(8), z.lte(14));

const templateObjectSchema = z.strictObject({
  id: z.enum(TEMPLATE_IDS),
  framework: z.enum(["2018", "tt57"]),
  description: z.string().check(z.minLength(1)),
  columns: z.array(columnSchema).check(z.minLength(3)),
  texts: z.strictObject({
    levelGroup: z.optional(
      z.string().check(
        ...wordingChecks,
        z.refine((text) => !/\{[^{}]*\}/.test(text), "takes no placeholder")
      )
    ),
    standardGroup: codeAndTitleWording,
    criterion: codeAndTitleWording,
  }),
  sizePt: z.strictObject({ landscape: sizePt, portrait: sizePt }),
});

type RawTemplate = z.infer<typeof templateObjectSchema>;

/** Roles every plan table needs: what recognition and the checks look for in each row. */
const REQUIRED_ROLES: readonly TemplateRole[] = ["number", "action", "owner", "deadline"];

function structuralProblems(
  template: RawTemplate
): { message: string; path: (string | number)[] }[] {
  const problems: { message: string; path: (string | number)[] }[] = [];
  const roles = template.columns.map((column) => column.role);
  const seenHeaders = new Map<string, number>();
  template.columns.forEach((column, index) => {
    const key = comparisonKey(column.header);
    const earlier = seenHeaders.get(key);
    if (earlier !== undefined) {
      problems.push({
        message: `header repeats the header of column ${earlier}`,
        path: ["columns", index, "header"],
      });
    }
    seenHeaders.set(key, index);
  });
  for (const role of REQUIRED_ROLES) {
    if (!roles.includes(role)) problems.push({ message: `no ${role} column`, path: ["columns"] });
  }
  // Group rows put the number in the first cell and the title across the rest.
  if (roles[0] !== "number") {
    problems.push({ message: "the first column must be the number (TT)", path: ["columns", 0] });
  }
  for (const role of ["number", "standard", "criterion"] as const) {
    if (roles.filter((candidate) => candidate === role).length > 1) {
      problems.push({ message: `more than one ${role} column`, path: ["columns"] });
    }
  }
  // A missing monitor is the most common defect of 2018 plans: our own table always has the
  // column. The TT57 form (as reported) has none; its plan is monitored as a whole, twice a year.
  if (template.framework === "2018" && !roles.includes("monitor")) {
    problems.push({ message: "a 2018 plan table needs a monitor column", path: ["columns"] });
  }
  return problems;
}

const templateSchema = templateObjectSchema.check(
  z.superRefine((template, ctx) => {
    for (const problem of structuralProblems(template)) {
      ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
    }
  })
);

export class TemplateDataError extends Error {
  override readonly name = "TemplateDataError";
  constructor(origin: string, details: string) {
    super(`Invalid plan-table template ${origin}:\n${details}`);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Validates raw template data and returns the frozen template.
 * @throws TemplateDataError listing every problem found.
 */
export function parsePlanTableTemplate(raw: unknown, origin = "(unnamed)"): PlanTableTemplate {
  const result = z.safeParse(templateSchema, raw);
  if (!result.success) throw new TemplateDataError(origin, describeIssues(result.error.issues));
  return deepFreeze(result.data);
}
