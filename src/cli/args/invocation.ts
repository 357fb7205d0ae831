/** What the user asked for, once the command line is read and its values checked. */
import type { Framework } from "../../core/catalog";
import type { SchoolLevel } from "../../core/model/level";
import type { Language } from "../../core/model/localized";
import type { ArgumentProblem } from "./parse-arguments";

export const COMMAND_NAMES = ["check", "report", "new"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CheckRequest {
  readonly kind: "check";
  readonly inputs: readonly string[];
  readonly json: boolean;
  /** False with `--no-progress`; the bar also needs a terminal and several files. */
  readonly progress: boolean;
  readonly level?: SchoolLevel;
  readonly framework?: Framework;
}

export interface ReportRequest {
  readonly kind: "report";
  readonly input: string;
  /** Absent only with `--in-place`. */
  readonly output?: string;
  readonly inPlace: boolean;
  readonly force: boolean;
  readonly level?: SchoolLevel;
  readonly framework?: Framework;
}

export interface NewRequest {
  readonly kind: "new";
  readonly level: SchoolLevel;
  /** Criterion codes as typed ("1.1", "2.03"); checked against the catalog by the command. */
  readonly criteria: readonly string[];
  readonly framework: Framework;
  readonly output: string;
  readonly force: boolean;
}

export type CommandRequest = CheckRequest | ReportRequest | NewRequest;

/** Why the command line cannot be run: data, worded by the language's strings. */
export type UsageProblem =
  | ArgumentProblem
  | { readonly kind: "missing-command" }
  | { readonly kind: "unknown-command"; readonly command: string }
  | {
      readonly kind: "invalid-value";
      readonly option: string;
      readonly value: string;
      readonly allowed: readonly string[];
    }
  | { readonly kind: "missing-option"; readonly option: string }
  | { readonly kind: "missing-inputs" }
  | { readonly kind: "one-input-expected"; readonly given: number }
  | { readonly kind: "unexpected-arguments"; readonly arguments: readonly string[] }
  | { readonly kind: "in-place-with-output" };

export type Invocation =
  | { readonly kind: "help"; readonly language: Language; readonly topic?: CommandName }
  | { readonly kind: "version"; readonly language: Language }
  | { readonly kind: "run"; readonly language: Language; readonly request: CommandRequest }
  | {
      readonly kind: "usage-error";
      readonly language: Language;
      readonly problem: UsageProblem;
      /** The command whose usage to show, when one was named. */
      readonly topic?: CommandName;
    };
