/** The progress bar: for a person watching several files go by, never in a pipe or in JSON. */
import { EXIT } from "../../src/cli/exit-codes";
import { LIEM_HAI, POM_LOT, TAP_HUAN } from "./support/files";
import { runCli } from "./support/run-cli";

const BAR = /\[[█░]+\] \d+\/\d+/;
const FILES = [POM_LOT, LIEM_HAI, TAP_HUAN];

describe("the progress bar", () => {
  it("is drawn on stderr, in place, when stderr is a terminal and several files are checked", async () => {
    const run = await runCli(["check", ...FILES], {
      stdoutTTY: true,
      stderrTTY: true,
      columns: 80,
    });
    expect(run.code).toBe(EXIT.ok);
    const frames = run.stderrWrites.filter((write) => BAR.test(write));
    expect(frames.map((frame) => /\] (\d+)\/3/.exec(frame)?.[1])).toEqual(["0", "1", "2"]);
    // Every frame redraws the same line and fits it; the bar is erased after each file.
    for (const frame of frames) {
      expect(frame.startsWith("\r\u001b[K")).toBe(true);
      expect([...frame.slice(4)].length).toBeLessThan(80);
    }
    expect(run.stderr.endsWith("\r\u001b[K")).toBe(true);
    expect(run.stdout).not.toMatch(BAR);
  });

  it("is not drawn in a pipe, with --json, with --no-progress, or for one file", async () => {
    const runs = await Promise.all([
      runCli(["check", ...FILES], { stdoutTTY: true, stderrTTY: false }),
      runCli(["check", "--json", ...FILES], { stderrTTY: true }),
      runCli(["check", "--no-progress", ...FILES], { stderrTTY: true }),
      runCli(["check", POM_LOT], { stderrTTY: true }),
    ]);
    for (const run of runs) expect(run.stderr).toBe("");
  });
});
