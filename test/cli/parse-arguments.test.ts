import { parseArguments, type OptionSpec } from "../../src/cli/args/parse-arguments";

const SPECS: OptionSpec[] = [
  { name: "output", short: "o", takesValue: true },
  { name: "json", takesValue: false },
  { name: "level", takesValue: true },
];

function parsed(argv: string[]) {
  const result = parseArguments(argv, SPECS);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  const { positionals, values, flags } = result.parsed;
  return { positionals, values: Object.fromEntries(values), flags: [...flags] };
}

function problem(argv: string[]) {
  const result = parseArguments(argv, SPECS);
  if (result.ok) throw new Error("accepted");
  return result.problem;
}

describe("parseArguments", () => {
  it("reads positionals, flags and values in any order", () => {
    expect(parsed(["a.docx", "--json", "--level", "mn", "b.docx", "-o", "out.docx"])).toEqual({
      positionals: ["a.docx", "b.docx"],
      values: { level: "mn", output: "out.docx" },
      flags: ["json"],
    });
  });

  it("takes --name=value and -o=value, values with spaces and Vietnamese", () => {
    expect(parsed(["--output=Kế hoạch 2025.docx", "-o=x.docx"]).values).toEqual({
      output: "x.docx",
    });
    expect(parsed(["--output=Kế hoạch 2025.docx"]).values).toEqual({
      output: "Kế hoạch 2025.docx",
    });
    expect(parsed(["--level="]).values).toEqual({ level: "" });
  });

  it("keeps the last of a repeated value", () => {
    expect(parsed(["--level", "mn", "--level", "th"]).values).toEqual({ level: "th" });
  });

  it("treats everything after -- as positionals, and '-' alone as one", () => {
    expect(parsed(["--", "--json", "-o"]).positionals).toEqual(["--json", "-o"]);
    expect(parsed(["-"]).positionals).toEqual(["-"]);
  });

  it("refuses unknown options, naming them as written", () => {
    expect(problem(["--jsno"])).toEqual({ kind: "unknown-option", option: "--jsno" });
    expect(problem(["-x"])).toEqual({ kind: "unknown-option", option: "-x" });
    expect(problem(["--jsno=1"])).toEqual({ kind: "unknown-option", option: "--jsno" });
    // Short forms exist only where declared.
    expect(problem(["-j"])).toEqual({ kind: "unknown-option", option: "-j" });
  });

  it("refuses a value option without its value", () => {
    expect(problem(["--level"])).toEqual({ kind: "missing-value", option: "--level" });
    expect(problem(["-o", "--json"])).toEqual({ kind: "missing-value", option: "-o" });
  });

  it("refuses a value given to a flag", () => {
    expect(problem(["--json=yes"])).toEqual({ kind: "unexpected-value", option: "--json" });
  });
});
