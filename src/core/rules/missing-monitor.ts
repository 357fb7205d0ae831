/**
 * Someone must monitor the plan: per row when the table has a monitor column (a column the school
 * made is a column it means to fill); without one, once — unless the plan names a monitor for the
 * whole plan in its organisation or monitoring section. The summary counts rows the same way.
 */
import { defineRule } from "./support/define-rule";
import { reportMissingCells } from "./support/missing-cell";
import { rowSubject, tableLabel } from "./support/row-label";
import { capitalize } from "./support/text";

export const missingMonitor = defineRule({
  id: "missing-monitor",
  severity: "warning",
  title: { vi: "Thiếu người giám sát", en: "No monitor" },
  description: {
    vi: "Kế hoạch chưa phân công người giám sát: dòng có cột giám sát để trống, hoặc không có cột giám sát và cũng không nêu tổ/ban giám sát.",
    en: "Nobody is assigned to monitor the plan: an empty monitor cell, or no monitor column and no monitoring team named.",
  },
  run(context, report) {
    // A plan-wide monitor ("Tổ Giám sát kế hoạch…") stands in for a missing column, not for
    // empty cells of a column the table has.
    const namedForPlan = context.plan.metadata.monitorAssignment !== undefined;
    reportMissingCells(context, report, {
      role: "monitor",
      rowMessage: (row) => {
        const subject = rowSubject(row);
        return {
          vi: `${subject.vi} chưa ghi người giám sát. Ghi người hoặc bộ phận giám sát việc thực hiện (ví dụ: HT, Ban TTND).`,
          en: `${subject.en} names no monitor. Write who checks that the task is done (e.g. the principal, the people's inspection board).`,
        };
      },
      tableMessage: namedForPlan
        ? undefined
        : (table) => {
            const label = tableLabel(table);
            return {
              vi: `${capitalize(label.vi)} không có cột người giám sát, và kế hoạch không nêu tổ/ban giám sát chung. Thêm cột “Phân công giám sát” hoặc nêu người giám sát trong phần tổ chức thực hiện.`,
              en: `${capitalize(label.en)} has no monitor column and the plan names no monitoring team. Add a “Phân công giám sát” column or name the monitors in the organisation section.`,
            };
          },
      planMessage: namedForPlan
        ? undefined
        : {
            vi: "Kế hoạch chưa phân công người giám sát: bảng không có cột giám sát và phần tổ chức thực hiện, giám sát không nêu ai giám sát. Thêm cột “Phân công giám sát” hoặc nêu rõ tổ/ban giám sát kế hoạch (ví dụ: “Tổ giám sát kế hoạch cải tiến chất lượng”).",
            en: "Nobody is assigned to monitor the plan: the table has no monitor column and the organisation and monitoring sections name no one. Add a “Phân công giám sát” column or name a monitoring team (e.g. “Tổ giám sát kế hoạch cải tiến chất lượng”).",
          },
    });
  },
});
