import * as z from "zod/mini";
import { describeIssues } from "../../../src/core/data/describe-issues";

describe("describeIssues", () => {
  it("names unknown keys, expected types, allowed values and limits with their paths", () => {
    const schema = z.strictObject({
      code: z.string(),
      level: z.enum(["mn", "th"]),
      rows: z.array(z.number()).check(z.minLength(2)),
    });
    const result = z.safeParse(schema, { code: 3, level: "x", rows: [1], titel: "typo" });
    expect(result.success).toBe(false);
    const text = result.success ? "" : describeIssues(result.error.issues);
    expect(text).toContain('unrecognized key(s): "titel"');
    expect(text).toContain("expected string (at code)");
    expect(text).toContain('expected one of "mn", "th" (at level)');
    expect(text).toContain("too small: minimum 2 (at rows)");
  });

  it("keeps the messages our own refinements give", () => {
    const schema = z.array(z.string().check(z.refine((text) => text.length < 3, "too long")));
    const result = z.safeParse(schema, ["ok", "much too long"]);
    expect(result.success ? "" : describeIssues(result.error.issues)).toBe("✖ too long (at [1])");
  });
});
