/** Which column of a table receives the criterion text of a new row. */
import type { ColumnRole } from "../model/plan";

/** Roles that label a row rather than say something about it. */
const LABEL_ROLES: readonly ColumnRole[] = ["number", "standard"];

/**
 * The criterion column; without one, the first column with content (so "Tiêu chí 2.3: …" heads the
 * weakness or "Nội dung" text, as schools write it). `undefined` entries are cells that belong to
 * no column and never receive it. -1 when no column qualifies.
 */
export function criterionTargetIndex(roles: readonly (ColumnRole | undefined)[]): number {
  const criterion = roles.indexOf("criterion");
  if (criterion >= 0) return criterion;
  return roles.findIndex((role) => role !== undefined && !LABEL_ROLES.includes(role));
}
