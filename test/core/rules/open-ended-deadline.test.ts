import { openEndedDeadline } from "../../../src/core/rules/open-ended-deadline";
import { fixtureCell } from "./support/fixtures";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

const OPEN_ENDED = fixtureCell("mn-pom-lot-2021", /tiếp theo\s+15\/8$/);

describe("open-ended-deadline", () => {
  it("reports “Năm học 2021-2022 và các năm tiếp theo”", () => {
    const built = onePlanTable([completeRow({ deadline: OPEN_ENDED })], { schoolYear: 2021 });
    const findings = check(openEndedDeadline, built);
    expectWellFormed(openEndedDeadline, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "open-ended-deadline",
        severity: "warning",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: OPEN_ENDED,
      },
    ]);
  });

  it("reports “các năm tiếp theo” alone, with or without a plan school year", () => {
    const built = onePlanTable([completeRow({ deadline: "Các năm tiếp theo" })], {
      schoolYear: undefined,
    });
    expect(check(openEndedDeadline, built).map((f) => f.ruleId)).toEqual(["open-ended-deadline"]);
  });

  it("does not report a closed school year or a range", () => {
    const built = onePlanTable([
      completeRow({ deadline: "Năm học 2025-2026" }),
      completeRow({ deadline: "9/2025 \u2013 5/2026" }),
    ]);
    expect(check(openEndedDeadline, built)).toEqual([]);
  });
});
