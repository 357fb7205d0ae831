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

// jsdom lacks the Encoding API every browser has; the .docx host decodes parts with it.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";

if (!("TextDecoder" in globalThis)) {
  Object.defineProperty(globalThis, "TextDecoder", { value: NodeTextDecoder });
  Object.defineProperty(globalThis, "TextEncoder", { value: NodeTextEncoder });
}
