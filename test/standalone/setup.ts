// jsdom lacks what the page uses from the browser beyond the task pane's needs: text codecs (the
// docx host decodes parts), object URLs (downloads), scrolling and media queries (the table view).
import { TextDecoder, TextEncoder } from "node:util";

const globals = globalThis as Record<string, unknown>;
if (!globals.TextDecoder) globals.TextDecoder = TextDecoder;
if (!globals.TextEncoder) globals.TextEncoder = TextEncoder;
if (!URL.createObjectURL) URL.createObjectURL = () => "blob:kdcl-test";
if (!URL.revokeObjectURL) URL.revokeObjectURL = () => {};
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
