/**
 * Validation of catalog data at load time. A catalog that fails is a developer error (a bad edit of
 * the JSON), so loading throws with every problem listed rather than limping on.
 */
// zod/mini: the same validation as zod with a fraction of its weight in the task pane bundle.
import * as z from "zod/mini";
import { describeIssues } from "../data/describe-issues";
import { comparisonKey } from "../text";
import { SCHOOL_LEVELS } from "../model/level";
import { EXPECTED_SHAPES } from "./expected-shape";
import { CATALOG_IDS, type Catalog, type Criterion, type Standard } from "./types";

/** Titles are stored NFC with single spaces so that what we display is clean. */
const title = z.string().check(
  z.minLength(1),
  z.refine((text) => text === text.normalize("NFC"), "title must be NFC"),
  z.refine((text) => text === text.trim() && !/\s{2}/.test(text), "title has stray spaces")
);

const criterionSchema = z.strictObject({
  code: z.string().check(z.regex(/^[1-9]\d*\.[1-9]\d*$/, 'criterion code must look like "2.3"')),
  title,
  alternativeTitles: z.optional(z.array(title)),
  mandatory: z.optional(z.boolean()),
  verified: z.optional(z.boolean()),
  note: z.optional(z.string().check(z.minLength(1))),
});

const standardSchema = z.strictObject({
  code: z.string().check(z.regex(/^[1-9]\d*$/, 'standard code must look like "2"')),
  title,
  criteria: z.array(criterionSchema).check(z.minLength(1)),
});

const catalogObjectSchema = z.strictObject({
  id: z.enum(CATALOG_IDS),
  circular: z
    .string()
    .check(z.regex(/^\d+\/\d{4}\/TT-BGDĐT$/, 'circular must look like "19/2018/TT-BGDĐT"')),
  framework: z.enum(["2018", "tt57"]),
  level: z.enum([...SCHOOL_LEVELS, "pt", "gdtx"]),
  schoolLevels: z.array(z.enum(SCHOOL_LEVELS)),
  name: z.strictObject({
    vi: z.string().check(z.minLength(1)),
    en: z.string().check(z.minLength(1)),
  }),
  source: z.string().check(z.minLength(1)),
  verified: z.boolean(),
  standards: z.array(standardSchema).check(z.minLength(1)),
});

type RawCatalog = z.infer<typeof catalogObjectSchema>;

const catalogSchema = catalogObjectSchema.check(
  z.superRefine((catalog, ctx) => {
    for (const problem of structuralProblems(catalog)) {
      ctx.addIssue({ code: "custom", message: problem.message, path: problem.path });
    }
  })
);

interface Problem {
  message: string;
  path: (string | number)[];
}

function structuralProblems(catalog: RawCatalog): Problem[] {
  const problems: Problem[] = [];
  const seenCodes = new Set<string>();
  const seenTitles = new Map<string, string>();
  const noteTitle = (text: string, code: string, path: Problem["path"]) => {
    const key = comparisonKey(text);
    const owner = seenTitles.get(key);
    if (owner !== undefined && owner !== code) {
      problems.push({ message: `title of ${code} repeats the title of ${owner}`, path });
    }
    seenTitles.set(key, code);
  };
  let criterionCount = 0;
  let mandatoryCount = 0;

  catalog.standards.forEach((standard, s) => {
    const standardPath = ["standards", s];
    if (seenCodes.has(standard.code)) {
      problems.push({
        message: `duplicate code ${standard.code}`,
        path: [...standardPath, "code"],
      });
    }
    seenCodes.add(standard.code);
    if (standard.code !== String(s + 1)) {
      problems.push({
        message: `standard ${standard.code} is out of order: expected ${s + 1}`,
        path: [...standardPath, "code"],
      });
    }
    noteTitle(standard.title, standard.code, [...standardPath, "title"]);

    standard.criteria.forEach((criterion, c) => {
      const path = [...standardPath, "criteria", c];
      criterionCount++;
      if (criterion.mandatory) mandatoryCount++;
      if (seenCodes.has(criterion.code)) {
        problems.push({ message: `duplicate code ${criterion.code}`, path: [...path, "code"] });
      }
      seenCodes.add(criterion.code);
      if (!criterion.code.startsWith(`${standard.code}.`)) {
        problems.push({
          message: `criterion ${criterion.code} does not start with its standard's code ${standard.code}`,
          path: [...path, "code"],
        });
      } else if (criterion.code !== `${standard.code}.${c + 1}`) {
        problems.push({
          message: `criterion ${criterion.code} is out of order: expected ${standard.code}.${c + 1}`,
          path: [...path, "code"],
        });
      }
      noteTitle(criterion.title, criterion.code, [...path, "title"]);
      criterion.alternativeTitles?.forEach((alternative, a) =>
        noteTitle(alternative, criterion.code, [...path, "alternativeTitles", a])
      );
    });
  });

  const expected = EXPECTED_SHAPES[catalog.id];
  const counts = [
    ["standards", catalog.standards.length, expected.standards],
    ["criteria", criterionCount, expected.criteria],
    ["mandatory criteria", mandatoryCount, expected.mandatory],
  ] as const;
  for (const [what, actual, wanted] of counts) {
    if (actual !== wanted) {
      problems.push({
        message: `${catalog.id} must have ${wanted} ${what}, has ${actual}`,
        path: [],
      });
    }
  }
  return problems;
}

export class CatalogDataError extends Error {
  constructor(origin: string, details: string) {
    super(`Invalid criteria catalog ${origin}:\n${details}`);
    this.name = "CatalogDataError";
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function toCatalog(raw: RawCatalog): Catalog {
  const standards: Standard[] = raw.standards.map((standard) => ({
    code: standard.code,
    title: standard.title,
    criteria: standard.criteria.map((criterion): Criterion => ({
      code: criterion.code,
      standardCode: standard.code,
      title: criterion.title,
      alternativeTitles: criterion.alternativeTitles ?? [],
      mandatory: criterion.mandatory ?? false,
      verified: criterion.verified ?? raw.verified,
      ...(criterion.note === undefined ? {} : { note: criterion.note }),
    })),
  }));
  return deepFreeze({ ...raw, standards });
}

/**
 * Validates raw catalog data (a parsed JSON file) and returns the frozen catalog.
 * @throws CatalogDataError listing every problem found.
 */
export function parseCatalog(raw: unknown, origin = "(unnamed)"): Catalog {
  const result = z.safeParse(catalogSchema, raw);
  if (!result.success) throw new CatalogDataError(origin, describeIssues(result.error.issues));
  return toCatalog(result.data);
}
