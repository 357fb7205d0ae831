import "@testing-library/jest-dom";

// jsdom has no layout engine: Fluent's MessageBar watches its own size with ResizeObserver.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (!("ResizeObserver" in globalThis)) {
  Object.defineProperty(globalThis, "ResizeObserver", { value: NoLayoutResizeObserver });
}
