/**
 * The kdcl grammar: `kdcl [--lang vi|en] <check|report|new|help> [options] [arguments]`, with
 * `--help` and `--version` anywhere. Global options may come before or after the command.
 */
import type { Framework } from "../../core/catalog";
import { isSchoolLevel, SCHOOL_LEVELS, type SchoolLevel } from "../../core/model/level";
import type { Language } from "../../core/model/localized";
import {
  COMMAND_NAMES,
  type CommandName,
  type CommandRequest,
  type Invocation,
  type UsageProblem,
} from "./invocation";
import { parseArguments, type OptionSpec, type ParsedArguments } from "./parse-arguments";

const LANGUAGES: readonly Language[] = ["vi", "en"];
const FRAMEWORKS: readonly Framework[] = ["2018", "tt57"];

const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: "lang", takesValue: true },
  { name: "help", short: "h", takesValue: false },
  { name: "version", short: "v", takesValue: false },
];

const LEVEL: OptionSpec = { name: "level", takesValue: true };
const FRAMEWORK: OptionSpec = { name: "framework", takesValue: true };
const OUTPUT: OptionSpec = { name: "output", short: "o", takesValue: true };
const FORCE: OptionSpec = { name: "force", short: "f", takesValue: false };

const COMMAND_OPTIONS: Readonly<Record<CommandName, readonly OptionSpec[]>> = {
  check: [
    { name: "json", takesValue: false },
    { name: "no-progress", takesValue: false },
    LEVEL,
    FRAMEWORK,
  ],
  report: [OUTPUT, { name: "in-place", takesValue: false }, FORCE, LEVEL, FRAMEWORK],
  new: [LEVEL, { name: "criteria", takesValue: true }, FRAMEWORK, OUTPUT, FORCE],
};

function isCommandName(value: string): value is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(value);
}

/**
 * The language to word messages in, read before anything else so that even a usage error comes
 * out in the language asked for. Only `--lang` decides (see README: LANG is not consulted).
 */
export function requestedLanguage(argv: readonly string[]): Language {
  let language: Language = "vi";
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === "--") break;
    const value = token.startsWith("--lang=")
      ? token.slice("--lang=".length)
      : token === "--lang"
        ? argv[index + 1]
        : undefined;
    if (value === "vi" || value === "en") language = value;
  }
  return language;
}

/** Index of the command word: the first token that is neither an option nor a global option's value. */
function commandIndex(argv: readonly string[]): number {
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === "--") return index + 1 < argv.length ? index + 1 : -1;
    if (token === "--lang") {
      index++;
      continue;
    }
    if (!token.startsWith("-") || token === "-") return index;
  }
  return -1;
}

type Checked<T> = { ok: true; value: T } | { ok: false; problem: UsageProblem };

function oneOf<T extends string>(
  parsed: ParsedArguments,
  option: string,
  allowed: readonly T[]
): Checked<T | undefined> {
  const value = parsed.values.get(option);
  if (value === undefined) return { ok: true, value: undefined };
  if ((allowed as readonly string[]).includes(value)) return { ok: true, value: value as T };
  return { ok: false, problem: { kind: "invalid-value", option: `--${option}`, value, allowed } };
}

function schoolLevel(parsed: ParsedArguments): Checked<SchoolLevel | undefined> {
  const value = parsed.values.get("level");
  if (value === undefined || isSchoolLevel(value)) return { ok: true, value };
  return {
    ok: false,
    problem: { kind: "invalid-value", option: "--level", value, allowed: SCHOOL_LEVELS },
  };
}

/** "1.1,2.3", "1.1, 2.3" or "1.1 2.3" → ["1.1", "2.3"]. */
export function splitCriteria(text: string): string[] {
  return text
    .split(/[,;\s]+/)
    .map((code) => code.trim())
    .filter((code) => code !== "");
}

function checkRequest(parsed: ParsedArguments): Checked<CommandRequest> {
  const level = schoolLevel(parsed);
  if (!level.ok) return level;
  const framework = oneOf(parsed, "framework", FRAMEWORKS);
  if (!framework.ok) return framework;
  if (parsed.positionals.length === 0) return { ok: false, problem: { kind: "missing-inputs" } };
  return {
    ok: true,
    value: {
      kind: "check",
      inputs: parsed.positionals,
      json: parsed.flags.has("json"),
      progress: !parsed.flags.has("no-progress"),
      ...(level.value ? { level: level.value } : {}),
      ...(framework.value ? { framework: framework.value } : {}),
    },
  };
}

function reportRequest(parsed: ParsedArguments): Checked<CommandRequest> {
  const level = schoolLevel(parsed);
  if (!level.ok) return level;
  const framework = oneOf(parsed, "framework", FRAMEWORKS);
  if (!framework.ok) return framework;
  const [input, ...rest] = parsed.positionals;
  if (input === undefined || rest.length > 0) {
    return {
      ok: false,
      problem: { kind: "one-input-expected", given: parsed.positionals.length },
    };
  }
  const output = parsed.values.get("output");
  const inPlace = parsed.flags.has("in-place");
  if (inPlace && output !== undefined) {
    return { ok: false, problem: { kind: "in-place-with-output" } };
  }
  if (!inPlace && output === undefined) {
    return { ok: false, problem: { kind: "missing-option", option: "-o" } };
  }
  return {
    ok: true,
    value: {
      kind: "report",
      input,
      ...(output !== undefined ? { output } : {}),
      inPlace,
      force: parsed.flags.has("force"),
      ...(level.value ? { level: level.value } : {}),
      ...(framework.value ? { framework: framework.value } : {}),
    },
  };
}

function newRequest(parsed: ParsedArguments): Checked<CommandRequest> {
  const level = schoolLevel(parsed);
  if (!level.ok) return level;
  if (level.value === undefined) {
    return { ok: false, problem: { kind: "missing-option", option: "--level" } };
  }
  const framework = oneOf(parsed, "framework", FRAMEWORKS);
  if (!framework.ok) return framework;
  const output = parsed.values.get("output");
  if (output === undefined) return { ok: false, problem: { kind: "missing-option", option: "-o" } };
  if (parsed.positionals.length > 0) {
    return { ok: false, problem: { kind: "unexpected-arguments", arguments: parsed.positionals } };
  }
  return {
    ok: true,
    value: {
      kind: "new",
      level: level.value,
      criteria: splitCriteria(parsed.values.get("criteria") ?? ""),
      framework: framework.value ?? "2018",
      output,
      force: parsed.flags.has("force"),
    },
  };
}

const REQUEST_READERS: Readonly<
  Record<CommandName, (parsed: ParsedArguments) => Checked<CommandRequest>>
> = { check: checkRequest, report: reportRequest, new: newRequest };

function helpInvocation(language: Language, positionals: readonly string[]): Invocation {
  const [topic, ...rest] = positionals;
  if (topic === undefined) return { kind: "help", language };
  if (!isCommandName(topic)) {
    return { kind: "usage-error", language, problem: { kind: "unknown-command", command: topic } };
  }
  if (rest.length > 0) {
    return {
      kind: "usage-error",
      language,
      topic,
      problem: { kind: "unexpected-arguments", arguments: rest },
    };
  }
  return { kind: "help", language, topic };
}

export function readCommandLine(argv: readonly string[]): Invocation {
  const language = requestedLanguage(argv);
  const at = commandIndex(argv);
  const word = at >= 0 ? argv[at] : undefined;
  const topic = word !== undefined && isCommandName(word) ? word : undefined;
  const specs = topic ? [...GLOBAL_OPTIONS, ...COMMAND_OPTIONS[topic]] : GLOBAL_OPTIONS;
  const rest = at >= 0 ? [...argv.slice(0, at), ...argv.slice(at + 1)] : argv;
  const result = parseArguments(rest, specs);
  const withTopic = topic ? { topic } : {};
  if (!result.ok) return { kind: "usage-error", language, problem: result.problem, ...withTopic };
  const { parsed } = result;
  const lang = oneOf(parsed, "lang", LANGUAGES);
  if (!lang.ok) return { kind: "usage-error", language, problem: lang.problem, ...withTopic };
  if (parsed.flags.has("version")) return { kind: "version", language };
  if (word === "help") return helpInvocation(language, parsed.positionals);
  if (parsed.flags.has("help")) return { kind: "help", language, ...withTopic };
  if (word === undefined) {
    return { kind: "usage-error", language, problem: { kind: "missing-command" } };
  }
  if (!topic) {
    return { kind: "usage-error", language, problem: { kind: "unknown-command", command: word } };
  }
  const request = REQUEST_READERS[topic](parsed);
  if (!request.ok) return { kind: "usage-error", language, problem: request.problem, topic };
  return { kind: "run", language, request: request.value };
}
