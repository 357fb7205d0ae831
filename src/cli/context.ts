/** What every command runs with: where to write, and in which language. */
import type { Language } from "../core/model/localized";
import type { CliStrings } from "./i18n/strings";
import type { CliIo } from "./io";

export interface CommandContext {
  readonly io: CliIo;
  readonly language: Language;
  readonly strings: CliStrings;
}
