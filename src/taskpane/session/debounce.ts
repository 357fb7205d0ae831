/** Runs `action` once `delayMs` after the last call; timers are injectable so tests control time. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debounced {
  trigger(): void;
  cancel(): void;
}

export function debounce(
  action: () => void,
  delayMs: number,
  timers: Timers = realTimers
): Debounced {
  let handle: unknown;
  return {
    trigger() {
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = timers.setTimeout(() => {
        handle = undefined;
        action();
      }, delayMs);
    },
    cancel() {
      if (handle !== undefined) timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
