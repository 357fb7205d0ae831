/**
 * Keeps the add-in's own changes from being reported as the user's. Word reports our edits (and
 * our selection moves) through the same events as the user's, asynchronously and some time after
 * the sync that made them — on the web, easily hundreds of milliseconds later. So events are
 * ignored while one of our batches runs and for a quiet period after the last one ends. Nothing
 * the user does is lost by this: the task pane re-checks the document after each of our edits.
 */
export const DEFAULT_QUIET_MS = 1000;

export class OwnEditGuard {
  private running = 0;
  private quietUntil = 0;

  constructor(
    private readonly quietMs = DEFAULT_QUIET_MS,
    private readonly now: () => number = () => Date.now()
  ) {}

  async around<T>(work: () => Promise<T>): Promise<T> {
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.quietUntil = this.now() + this.quietMs;
    }
  }

  /** True while our changes may still be reported. */
  get suppressing(): boolean {
    return this.running > 0 || this.now() < this.quietUntil;
  }
}
