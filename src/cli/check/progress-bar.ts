/**
 * A one-line progress bar on a terminal: "[██████░░░░] 12/300 truong-a.docx". It is redrawn in
 * place and erased before anything else is printed, so the report never has bar fragments in it.
 */
import type { OutputStream } from "../io";
import { displayWidth, truncate } from "../text/display-width";

const BAR_WIDTH = 24;
const DEFAULT_COLUMNS = 80;
const ERASE_LINE = "\r\u001b[K";

export class ProgressBar {
  private drawn = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number
  ) {}

  show(done: number, label: string): void {
    const filled = this.total === 0 ? BAR_WIDTH : Math.round((done / this.total) * BAR_WIDTH);
    const bar = `[${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)}] ${done}/${this.total}`;
    const columns = (this.stream.columns ?? DEFAULT_COLUMNS) - 1;
    const room = columns - displayWidth(bar) - 1;
    const line =
      room > 3 ? `${bar} ${truncate(label.normalize("NFC"), room)}` : truncate(bar, columns);
    this.stream.write(ERASE_LINE + line);
    this.drawn = true;
  }

  clear(): void {
    if (!this.drawn) return;
    this.stream.write(ERASE_LINE);
    this.drawn = false;
  }
}
