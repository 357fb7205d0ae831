/**
 * A small, strict command-line tokenizer: `--name value`, `--name=value`, `-o value`, flags, `--`
 * to end options. Unknown options are refused rather than ignored: a mistyped `--jsno` must not
 * quietly produce a human report where a script expected JSON.
 */

export interface OptionSpec {
  /** The long name without dashes: "output" for `--output`. */
  readonly name: string;
  /** One letter for `-o`. */
  readonly short?: string;
  /** True when the option takes a value (`--level mn`); false for a flag (`--json`). */
  readonly takesValue: boolean;
}

export type ArgumentProblem =
  | { readonly kind: "unknown-option"; readonly option: string }
  | { readonly kind: "missing-value"; readonly option: string }
  | { readonly kind: "unexpected-value"; readonly option: string };

export interface ParsedArguments {
  readonly positionals: readonly string[];
  /** Values of value options by long name; the last one given wins. */
  readonly values: ReadonlyMap<string, string>;
  /** Flags given, by long name. */
  readonly flags: ReadonlySet<string>;
}

export type ParseResult =
  | { readonly ok: true; readonly parsed: ParsedArguments }
  | { readonly ok: false; readonly problem: ArgumentProblem };

interface OptionToken {
  readonly spec: OptionSpec | undefined;
  /** As the user wrote it, without any "=value". */
  readonly written: string;
  readonly inlineValue: string | undefined;
}

function readOptionToken(token: string, specs: readonly OptionSpec[]): OptionToken {
  const equals = token.indexOf("=");
  const written = equals >= 0 ? token.slice(0, equals) : token;
  const inlineValue = equals >= 0 ? token.slice(equals + 1) : undefined;
  const spec = written.startsWith("--")
    ? specs.find((candidate) => candidate.name === written.slice(2))
    : specs.find((candidate) => candidate.short !== undefined && `-${candidate.short}` === written);
  return { spec, written, inlineValue };
}

/** "-" alone is a positional (conventionally standard input); "-x" and "--x" are options. */
function looksLikeOption(token: string): boolean {
  return token.length > 1 && token.startsWith("-");
}

export function parseArguments(argv: readonly string[], specs: readonly OptionSpec[]): ParseResult {
  const positionals: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!looksLikeOption(token)) {
      positionals.push(token);
      continue;
    }
    const { spec, written, inlineValue } = readOptionToken(token, specs);
    if (!spec) return { ok: false, problem: { kind: "unknown-option", option: written } };
    if (!spec.takesValue) {
      if (inlineValue !== undefined) {
        return { ok: false, problem: { kind: "unexpected-value", option: written } };
      }
      flags.add(spec.name);
      continue;
    }
    if (inlineValue !== undefined) {
      values.set(spec.name, inlineValue);
      continue;
    }
    const next = argv[index + 1];
    if (next === undefined || looksLikeOption(next)) {
      return { ok: false, problem: { kind: "missing-value", option: written } };
    }
    values.set(spec.name, next);
    index++;
  }
  return { ok: true, parsed: { positionals, values, flags } };
}
