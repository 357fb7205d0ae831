import { FakeOfficeError } from "./errors";

/** Like `OfficeExtension.ClientResult`: `value` is there only after the sync that fills it. */
export class FakeClientResult<T> {
  private filled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.filled) {
      throw new FakeOfficeError(
        "ValueNotLoaded",
        "The value of the result object has not been loaded yet. Call context.sync() first."
      );
    }
    return this.result as T;
  }

  /** Called by the fake while it runs the queued actions of a sync. */
  fill(value: T): void {
    this.result = value;
    this.filled = true;
  }
}
