/** Fluent's dark web theme, in a chunk of its own (see `themes.ts`). */
export { webDarkTheme } from "@fluentui/react-components";
