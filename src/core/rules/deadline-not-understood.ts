/** A deadline nobody can read as months cannot be followed up or checked against the year. */
import { defineRule } from "./support/define-rule";
import { reportUnreadTimes } from "./support/not-understood";

export const deadlineNotUnderstood = defineRule({
  id: "deadline-not-understood",
  severity: "warning",
  title: { vi: "Thời gian không rõ", en: "Deadline not understood" },
  description: {
    vi: "Thời gian thực hiện (hoặc một phần của nó) không đọc được thành tháng/năm, ví dụ do gõ nhầm.",
    en: "A deadline (or part of it) cannot be read as months, e.g. because of a typing slip.",
  },
  run(context, report) {
    reportUnreadTimes(context, report, "deadline");
  },
});
