import type { FakeRequestContext } from "../request-context";
import type { ParagraphEventType, ParagraphHandler } from "../word-state";

/** Like `OfficeExtension.EventHandlerResult`: `remove()` is queued and takes effect at sync. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly type: ParagraphEventType,
    private readonly handler: ParagraphHandler
  ) {}

  remove(): void {
    this.context.enqueue(() => this.context.state.removeParagraphHandler(this.type, this.handler));
  }
}

/** Like `OfficeExtension.EventHandlers`: `add()` is queued and takes effect at sync. */
export class FakeEventHandlers {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly type: ParagraphEventType
  ) {}

  add(handler: ParagraphHandler): FakeEventHandlerResult {
    this.context.enqueue(() => this.context.state.addParagraphHandler(this.type, handler));
    return new FakeEventHandlerResult(this.context, this.type, handler);
  }
}
