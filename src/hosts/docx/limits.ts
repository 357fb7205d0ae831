/** What a .docx may unpack to before we refuse it as a zip bomb. */
export interface DocxLimits {
  /** Total uncompressed bytes of all entries (declared), and of what we inflate (counted). */
  readonly maxUncompressedBytes: number;
  readonly maxEntries: number;
}

/**
 * A school's plan is a few hundred kilobytes; a .docx full of photos a few tens of megabytes, in
 * at most a few hundred parts. Far above both, far below what would hang a browser tab.
 */
export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxEntries: 5000,
};
