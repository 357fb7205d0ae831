import { FakeOfficeError } from "./errors";
import { FakeDocument } from "./objects/document";
import type { WordState } from "./word-state";

type Action = () => void;

/**
 * Like `Word.RequestContext`: methods and loads only queue actions; `sync()` runs them in order,
 * counted. The first action that fails rejects the sync with its error and the rest are dropped,
 * while those before it stay done, as in Word.
 */
export class FakeRequestContext {
  private queue: Action[] = [];
  private running = false;
  readonly document: FakeDocument;

  constructor(readonly state: WordState) {
    this.document = new FakeDocument(this);
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  /** A write: refused with `AccessDenied` when the document is read-only. */
  enqueueWrite(member: string, action: Action, event: "paragraphChanged" | "paragraphAdded"): void {
    this.enqueue(() => {
      if (this.state.isReadOnly()) {
        throw new FakeOfficeError("AccessDenied", `${member}: the document is read-only`);
      }
      action();
      this.state.wrote(event);
    });
  }

  get hasPendingActions(): boolean {
    return this.queue.length > 0;
  }

  /** True only while a sync runs queued actions: objects resolve their targets only then. */
  get isRunning(): boolean {
    return this.running;
  }

  async sync(): Promise<void> {
    await this.state.countSync();
    const actions = this.queue;
    this.queue = [];
    this.running = true;
    try {
      for (const action of actions) action();
    } finally {
      this.running = false;
    }
  }

  readonly trackedObjects = {
    add: (): void => undefined,
    remove: (): void => undefined,
  };
}
