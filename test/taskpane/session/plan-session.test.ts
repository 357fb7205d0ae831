import { levelInUse, PlanSession, type Analyzer } from "../../../src/taskpane/session/plan-session";
import { ManualTimers, ScriptedHost } from "../support/scripted-host";
import type { Finding } from "../../../src/core/model/finding";
import type { AnalyzeOptions, AnalyzeResult } from "../../../src/core/analyze/types";
import type { LevelSource } from "../../../src/core/model/plan";
import type { SchoolLevel } from "../../../src/core/model/level";

function finding(ruleId: string, rowIndex: number, cellIndex = 4): Finding {
  return {
    ruleId,
    severity: "error",
    message: { vi: ruleId, en: ruleId },
    location: { tableIndex: 0, rowIndex, cell: { tableIndex: 0, rowIndex, cellIndex } },
  };
}

function result(findings: Finding[]): AnalyzeResult {
  return {
    plans: [],
    findings,
    summary: {
      status: "plan",
      plans: [],
      findingsBySeverity: { error: findings.length, warning: 0, tip: 0 },
    },
  };
}

function setup(findingsPerCheck: Finding[][]) {
  const host = new ScriptedHost();
  const timers = new ManualTimers();
  let call = 0;
  const analyze: Analyzer = jest.fn(() =>
    result(findingsPerCheck[Math.min(call++, findingsPerCheck.length - 1)] ?? [])
  );
  const session = new PlanSession({
    host,
    analyze,
    timers,
    now: () => timers.now,
    debounceMs: 700,
  });
  return { host, timers, analyze, session };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("PlanSession", () => {
  it("reads, analyses and shows findings with the time of the check", async () => {
    const { session, host } = setup([[finding("missing-owner", 3)]]);
    await session.check();
    expect(host.reads).toBe(1);
    expect(session.getState().visibleFindings.map((f) => f.ruleId)).toEqual(["missing-owner"]);
    expect(session.getState().lastCheckedAt).toBe(0);
  });

  it("re-checks once, about 700 ms after the last change", async () => {
    const { session, host, timers } = setup([[]]);
    await session.startLiveChecking();
    host.emit?.("content");
    timers.advance(500);
    host.emit?.("content");
    timers.advance(500);
    expect(host.reads).toBe(0);
    timers.advance(200);
    await flush();
    expect(host.reads).toBe(1);
  });

  it("runs the first check once, however many ask for it, and checks again on demand", async () => {
    const { session, host } = setup([[]]);
    const early = session.firstCheck();
    await Promise.all([early, session.firstCheck()]);
    await session.firstCheck();
    expect(host.reads).toBe(1);
    await session.check();
    expect(host.reads).toBe(2);
  });

  it("coalesces checks asked for while one runs", async () => {
    const { session, host } = setup([[]]);
    await Promise.all([session.check(), session.check(), session.check()]);
    expect(host.reads).toBe(2);
  });

  it("holds back new findings in the row being typed in until the cursor leaves it", async () => {
    const owner = finding("missing-owner", 3);
    const deadline = finding("missing-deadline", 5);
    const { session, host } = setup([[], [owner, deadline], [owner, deadline]]);
    await session.check();
    host.cursor = { tableIndex: 0, rowIndex: 3, cellIndex: 1 };
    await session.check();
    expect(session.getState().visibleFindings).toEqual([deadline]);
    expect(session.getState().heldBackCount).toBe(1);

    await session.startLiveChecking();
    host.cursor = { tableIndex: 0, rowIndex: 7, cellIndex: 0 };
    host.emit?.("selection");
    await flush();
    expect(session.getState().visibleFindings).toEqual([owner, deadline]);
    expect(session.getState().heldBackCount).toBe(0);
  });

  it("keeps showing a finding already shown in the cursor row", async () => {
    const owner = finding("missing-owner", 3);
    const { session, host } = setup([[owner], [owner]]);
    await session.check();
    host.cursor = { tableIndex: 0, rowIndex: 3, cellIndex: 1 };
    await session.check();
    expect(session.getState().visibleFindings).toEqual([owner]);
  });

  it("does not re-check in a loop after its own edits", async () => {
    const { session, host, timers } = setup([[]]);
    await session.startLiveChecking();
    await session.applyEdits(
      [
        {
          kind: "setCellText",
          cell: { tableIndex: 0, rowIndex: 1, cellIndex: 1 },
          expectedText: "",
          text: "BGH",
        },
      ],
      {
        vi: "Đã sửa",
        en: "Fixed",
      }
    );
    const readsAfterEdit = host.reads;
    timers.advance(2000);
    await flush();
    expect(readsAfterEdit).toBe(1);
    expect(host.reads).toBe(1);
  });

  it("announces the outcome of an action", async () => {
    const { session, host } = setup([[]]);
    const notices: string[] = [];
    session.onNotice((notice) => notices.push(notice.intent));
    await session.applyEdits(
      [
        {
          kind: "replaceTable",
          tableIndex: 0,
          table: { kind: "table", columnWeights: [1], headerRows: [], bodyRows: [] },
        },
      ],
      { vi: "OK", en: "OK" }
    );
    host.outcome = { ok: false, reason: "read-only", message: { vi: "Chỉ đọc", en: "Read only" } };
    await session.applyEdits(
      [
        {
          kind: "replaceTable",
          tableIndex: 0,
          table: { kind: "table", columnWeights: [1], headerRows: [], bodyRows: [] },
        },
      ],
      { vi: "OK", en: "OK" }
    );
    expect(notices).toEqual(["success", "error"]);
  });

  it("applies a finding's fix as a guarded cell edit", async () => {
    const { session, host } = setup([[]]);
    const fixable: Finding = {
      ...finding("criterion-title-mismatch", 5, 1),
      fix: {
        kind: "replaceCellText",
        cell: { tableIndex: 0, rowIndex: 5, cellIndex: 1 },
        expectedText: "Tiêu chí 3.2: Khó khăn",
        newText: "Tiêu chí 3.2: Khối phòng",
        label: { vi: "tên tiêu chí", en: "criterion title" },
      },
    };
    expect(await session.applyFix(fixable)).toBe(true);
    expect(host.applied[0]).toEqual([
      {
        kind: "setCellText",
        cell: { tableIndex: 0, rowIndex: 5, cellIndex: 1 },
        expectedText: "Tiêu chí 3.2: Khó khăn",
        text: "Tiêu chí 3.2: Khối phòng",
      },
    ]);
  });

  it("selects the finding's cell, or its row's first cell", async () => {
    const { session, host } = setup([[]]);
    await session.selectFinding(finding("missing-owner", 3, 4));
    await session.selectFinding({
      ...finding("missing-action", 6),
      location: { tableIndex: 0, rowIndex: 6 },
    });
    expect(host.selected).toEqual([
      { tableIndex: 0, rowIndex: 3, cellIndex: 4 },
      { tableIndex: 0, rowIndex: 6, cellIndex: 0 },
    ]);
  });

  it("selects the paragraph of a finding about a heading line, which has no cell", async () => {
    const { session, host } = setup([[]]);
    const selected = await session.selectFinding({
      ruleId: "standard-title-truncated",
      severity: "tip",
      message: { vi: "", en: "" },
      location: { blockIndex: 7 },
    });
    expect(selected).toBe(true);
    expect(host.selectedParagraphs).toEqual([7]);
    expect(host.selected).toEqual([]);
  });

  it("reports a failed read in the user's words and keeps going", async () => {
    const { session, host } = setup([[]]);
    host.failRead = true;
    await session.check();
    expect(session.getState().readError).toEqual({ vi: "Lỗi đọc", en: "Read error" });
    host.failRead = false;
    await session.check();
    expect(session.getState().readError).toBeUndefined();
  });

  it("keeps working without live checking when the host cannot watch changes", async () => {
    const { session, host } = setup([[]]);
    host.watchChanges = () => Promise.reject(new Error("no events"));
    const notices: string[] = [];
    session.onNotice((notice) => notices.push(notice.intent));
    expect(await session.startLiveChecking()).toBe(false);
    expect(session.getState().liveChecking).toBe(false);
    expect(notices).toEqual(["info"]);
    await session.check();
    expect(host.reads).toBe(1);
  });

  it("re-analyses without re-reading when the user picks a level", async () => {
    const { session, host, analyze } = setup([[]]);
    await session.check();
    session.setLevel("th");
    expect(host.reads).toBe(1);
    expect(analyze).toHaveBeenLastCalledWith(expect.anything(), { level: "th" });
  });

  describe("the detected school level", () => {
    /** A plan whose level the core took from `source`, or from the user's choice when given. */
    function planAnalyzer(level: SchoolLevel, source: LevelSource): Analyzer {
      return (_document, options: AnalyzeOptions) => ({
        ...result([]),
        plans: [
          {
            metadata: {
              level: options.level ?? level,
              levelSource: options.level ? "user" : source,
              catalogId: "tt19-mn",
            },
            tables: [],
            rows: [],
          },
        ],
      });
    }

    it("is the level the plan's circular or school name gives", async () => {
      const session = new PlanSession({
        host: new ScriptedHost(),
        analyze: planAnalyzer("th", "circular"),
      });
      await session.check();
      expect(session.getState().detectedLevel).toBe("th");
      expect(levelInUse(session.getState())).toBe("th");
    });

    it("is undefined when the core only assumed its default, and mầm non is used", async () => {
      const session = new PlanSession({
        host: new ScriptedHost(),
        analyze: planAnalyzer("mn", "default"),
      });
      await session.check();
      expect(session.getState().detectedLevel).toBeUndefined();
      expect(levelInUse(session.getState())).toBe("mn");
    });

    it("stays what the document names while the user's choice is in force", async () => {
      const session = new PlanSession({
        host: new ScriptedHost(),
        analyze: planAnalyzer("mn", "school-name"),
      });
      await session.check();
      session.setLevel("thcs-thpt");
      await session.check();
      expect(session.getState().detectedLevel).toBe("mn");
      expect(levelInUse(session.getState())).toBe("thcs-thpt");
    });
  });
});
