import type { FieldState } from "./field-state";
import type { StyleSheet } from "./style-sheet";

/** What reading one story (the document body) carries along, in document order. */
export interface ReadContext {
  readonly styles: StyleSheet;
  /** Complex fields may span paragraphs (a table of contents does), so their state is shared. */
  readonly fields: FieldState;
}
