/**
 * How many standards and criteria each catalog must have, kept apart from the data on purpose:
 * a data edit that drops or invents a criterion (public lists carry a fake mầm non "2.4") fails
 * at load time instead of slipping through.
 */
import type { CatalogId } from "./types";

export interface ExpectedShape {
  standards: number;
  criteria: number;
  mandatory: number;
}

export const EXPECTED_SHAPES: Readonly<Record<CatalogId, ExpectedShape>> = {
  "tt19-mn": { standards: 5, criteria: 25, mandatory: 0 },
  "tt17-th": { standards: 5, criteria: 27, mandatory: 0 },
  "tt18-thcs-thpt": { standards: 5, criteria: 28, mandatory: 0 },
  "tt57-mn": { standards: 4, criteria: 15, mandatory: 8 },
  "tt57-pt": { standards: 4, criteria: 15, mandatory: 8 },
  "tt57-gdtx": { standards: 4, criteria: 15, mandatory: 8 },
};
