/** The counts and conflicts a refresh gathers row by row, reported in the outcome. */
import type { AppendixConflict } from "./types";

export interface MergeStats {
  keptCells: number;
  updatedCells: number;
  addedRows: number;
  orphanedRows: number;
  conflicts: AppendixConflict[];
}

export function emptyStats(): MergeStats {
  return { keptCells: 0, updatedCells: 0, addedRows: 0, orphanedRows: 0, conflicts: [] };
}
