/**
 * What the exit status tells a script. An unreadable input outranks a plan with errors: a
 * district run over 300 files must not look "only" like bad plans when some files were never read.
 */
export const EXIT = {
  /** Everything read; no error findings (or the file was written). */
  ok: 0,
  /** `check`: at least one error finding. `report`: no plan to report on. */
  findings: 1,
  /** An input could not be read, an output not written, or the command line is wrong. */
  trouble: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The status of a run made of several outcomes: the highest wins. */
export function worstExit(codes: readonly ExitCode[]): ExitCode {
  return codes.reduce<ExitCode>((worst, code) => (code > worst ? code : worst), EXIT.ok);
}
