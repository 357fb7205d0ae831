import { deadlineNotUnderstood } from "../../../src/core/rules/deadline-not-understood";
import { cellAt, completeRow, onePlanTable } from "./support/plan-builder";
import { check, essentials, expectWellFormed } from "./support/run";

describe("deadline-not-understood", () => {
  it("reports a deadline nothing of which reads as a time, quoting the cell", () => {
    const built = onePlanTable([completeRow({ deadline: "Khi có kinh phí" })]);
    const findings = check(deadlineNotUnderstood, built);
    expectWellFormed(deadlineNotUnderstood, findings);
    expect(essentials(findings)).toEqual([
      {
        ruleId: "deadline-not-understood",
        severity: "warning",
        location: cellAt(0, 1, "deadline"),
        criterion: "2.3",
        text: "Khi có kinh phí",
      },
    ]);
  });

  it("quotes only the unread part of a partly read deadline (line-wrap damage, impossible months)", () => {
    const built = onePlanTable([
      completeRow({ deadline: "9/2025 2" }),
      completeRow({ number: "2", deadline: "13/2025 - 5/2026" }),
    ]);
    expect(check(deadlineNotUnderstood, built).map((f) => f.text)).toEqual([
      "2",
      "13/2025 - 5/2026",
    ]);
  });

  it("ignores link words around a date and well-formed deadlines", () => {
    const built = onePlanTable([
      completeRow({ deadline: "Hoàn thành trước 5/2026" }),
      completeRow({ number: "2", deadline: "Dự kiến 10/2025" }),
      completeRow({ number: "3", deadline: "10/20 25" }),
      completeRow({ number: "4", deadline: "Cả năm" }),
      completeRow({ number: "5", deadline: "Cuối tháng 5/2026" }),
      completeRow({ number: "6", deadline: "Giữa tháng 10/2025" }),
    ]);
    expect(check(deadlineNotUnderstood, built)).toEqual([]);
  });

  it("leaves reversed ranges to end-before-start and owners in the time column to shifted-row", () => {
    const built = onePlanTable([
      completeRow({ deadline: "5/2026 - 9/2025" }),
      completeRow({ number: "2", owner: "9/2025", deadline: "BGH" }),
    ]);
    expect(check(deadlineNotUnderstood, built)).toEqual([]);
  });
});
