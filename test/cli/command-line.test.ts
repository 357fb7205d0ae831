import { readCommandLine, requestedLanguage, splitCriteria } from "../../src/cli/args/command-line";

describe("readCommandLine", () => {
  it("reads check with its options", () => {
    expect(readCommandLine(["check", "a.docx", "thu-muc", "--json", "--level", "th"])).toEqual({
      kind: "run",
      language: "vi",
      request: {
        kind: "check",
        inputs: ["a.docx", "thu-muc"],
        json: true,
        progress: true,
        level: "th",
      },
    });
    expect(
      readCommandLine(["check", "--no-progress", "--framework", "tt57", "a.docx"])
    ).toMatchObject({
      request: { progress: false, framework: "tt57", json: false },
    });
  });

  it("takes global options before or after the command", () => {
    expect(readCommandLine(["--lang", "en", "check", "a.docx"])).toMatchObject({ language: "en" });
    expect(readCommandLine(["check", "a.docx", "--lang=en"])).toMatchObject({ language: "en" });
  });

  it("reads report and its destination rules", () => {
    expect(readCommandLine(["report", "a.docx", "-o", "b.docx", "--force"])).toMatchObject({
      kind: "run",
      request: { kind: "report", input: "a.docx", output: "b.docx", force: true, inPlace: false },
    });
    expect(readCommandLine(["report", "a.docx", "--in-place"])).toMatchObject({
      request: { kind: "report", input: "a.docx", inPlace: true },
    });
    expect(readCommandLine(["report", "a.docx"])).toMatchObject({
      kind: "usage-error",
      topic: "report",
      problem: { kind: "missing-option", option: "-o" },
    });
    expect(readCommandLine(["report", "a.docx", "--in-place", "-o", "b.docx"])).toMatchObject({
      problem: { kind: "in-place-with-output" },
    });
    expect(readCommandLine(["report", "a.docx", "b.docx", "-o", "c.docx"])).toMatchObject({
      problem: { kind: "one-input-expected", given: 2 },
    });
  });

  it("reads new, with criteria in any list form and 2018 by default", () => {
    expect(
      readCommandLine(["new", "--level", "mn", "--criteria", "1.1, 2.3", "-o", "k.docx"])
    ).toEqual({
      kind: "run",
      language: "vi",
      request: {
        kind: "new",
        level: "mn",
        criteria: ["1.1", "2.3"],
        framework: "2018",
        output: "k.docx",
        force: false,
      },
    });
    expect(readCommandLine(["new", "-o", "k.docx"])).toMatchObject({
      problem: { kind: "missing-option", option: "--level" },
    });
    expect(readCommandLine(["new", "--level", "mn"])).toMatchObject({
      problem: { kind: "missing-option", option: "-o" },
    });
    expect(readCommandLine(["new", "--level", "mn", "-o", "k.docx", "extra"])).toMatchObject({
      problem: { kind: "unexpected-arguments", arguments: ["extra"] },
    });
  });

  it("checks values against what is allowed", () => {
    expect(readCommandLine(["check", "a.docx", "--level", "thpt"])).toMatchObject({
      kind: "usage-error",
      problem: {
        kind: "invalid-value",
        option: "--level",
        value: "thpt",
        allowed: ["mn", "th", "thcs-thpt"],
      },
    });
    expect(
      readCommandLine(["new", "--level", "mn", "--framework", "2020", "-o", "x"])
    ).toMatchObject({
      problem: { kind: "invalid-value", option: "--framework" },
    });
    expect(readCommandLine(["--lang", "fr", "check", "a.docx"])).toMatchObject({
      kind: "usage-error",
      problem: { kind: "invalid-value", option: "--lang" },
    });
  });

  it("refuses options of another command, unknown commands and a missing command", () => {
    expect(readCommandLine(["check", "a.docx", "--force"])).toMatchObject({
      kind: "usage-error",
      topic: "check",
      problem: { kind: "unknown-option", option: "--force" },
    });
    expect(readCommandLine(["kiemtra", "a.docx"])).toMatchObject({
      problem: { kind: "unknown-command", command: "kiemtra" },
    });
    expect(readCommandLine([])).toMatchObject({ problem: { kind: "missing-command" } });
    expect(readCommandLine(["check"])).toMatchObject({ problem: { kind: "missing-inputs" } });
  });

  it("answers help and version requests", () => {
    expect(readCommandLine(["--help"])).toEqual({ kind: "help", language: "vi" });
    expect(readCommandLine(["-h", "--lang", "en"])).toEqual({ kind: "help", language: "en" });
    expect(readCommandLine(["help", "check"])).toEqual({
      kind: "help",
      language: "vi",
      topic: "check",
    });
    expect(readCommandLine(["report", "--help"])).toEqual({
      kind: "help",
      language: "vi",
      topic: "report",
    });
    expect(readCommandLine(["help", "nope"])).toMatchObject({ kind: "usage-error" });
    expect(readCommandLine(["--version"])).toEqual({ kind: "version", language: "vi" });
    expect(readCommandLine(["-v"])).toEqual({ kind: "version", language: "vi" });
  });
});

describe("requestedLanguage", () => {
  it("is Vietnamese unless --lang en is given, even on a command line that is otherwise wrong", () => {
    expect(requestedLanguage([])).toBe("vi");
    expect(requestedLanguage(["--bad", "--lang", "en"])).toBe("en");
    expect(requestedLanguage(["--lang=en", "--lang=vi"])).toBe("vi");
    expect(requestedLanguage(["--", "--lang", "en"])).toBe("vi");
  });
});

describe("splitCriteria", () => {
  it("splits on commas, semicolons and spaces", () => {
    expect(splitCriteria("1.1,2.3")).toEqual(["1.1", "2.3"]);
    expect(splitCriteria(" 1.1 ;  2.03 ,")).toEqual(["1.1", "2.03"]);
    expect(splitCriteria("")).toEqual([]);
  });
});
