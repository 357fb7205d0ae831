/**
 * A row whose cells slid sideways: a cell missing from the row (everything after it moves one
 * column left on paper), or an owner in the time column and a date in the owner column. The
 * reader must put the cells back; other rules about those cells stay quiet on such rows.
 */
import type { LocalizedText } from "../model/localized";
import type { ActionRow } from "../model/plan";
import { defineRule } from "./support/define-rule";
import { rowLocation } from "./support/location";
import { tablesByIndex } from "./support/plan-tables";
import { rowLabel } from "./support/row-label";
import { shiftSigns, type ShiftSign } from "./support/shift";
import { quote } from "./support/text";

function explain(sign: ShiftSign, row: ActionRow): LocalizedText {
  switch (sign) {
    case "cells-moved":
      return {
        vi: "hàng thiếu một ô nên các ô phía sau nằm lệch sang cột bên trái",
        en: "a cell is missing, so the cells after it sit one column to the left",
      };
    case "short-row":
      return {
        vi: "hàng có ít ô hơn số cột của bảng (thiếu ô ở cuối hàng)",
        en: "the row has fewer cells than the table has columns (cells missing at its end)",
      };
    case "owner-in-time-column":
      return {
        vi: `cột thời gian lại ghi ${quote(row.cells.deadline?.text ?? "")}, giống tên người thực hiện`,
        en: `the deadline column holds ${quote(row.cells.deadline?.text ?? "")}, which looks like a person`,
      };
    case "time-in-owner-column":
      return {
        vi: `cột người thực hiện lại ghi ${quote(row.cells.owner?.text ?? "")}, giống thời gian`,
        en: `the owner column holds ${quote(row.cells.owner?.text ?? "")}, which looks like a date`,
      };
  }
}

function offendingText(signs: ShiftSign[], row: ActionRow): string | undefined {
  if (signs.includes("owner-in-time-column")) return row.cells.deadline?.text;
  if (signs.includes("time-in-owner-column")) return row.cells.owner?.text;
  return undefined;
}

export const shiftedRow = defineRule({
  id: "shifted-row",
  severity: "warning",
  title: { vi: "Dòng bị lệch cột", en: "Row looks shifted" },
  description: {
    vi: "Các ô của dòng bị lệch cột (thiếu ô, hoặc người thực hiện nằm ở cột thời gian và ngược lại).",
    en: "A row's cells are in the wrong columns (a missing cell, or the owner in the deadline column and vice versa).",
  },
  run(context, report) {
    const tables = tablesByIndex(context.plan);
    for (const row of context.plan.rows) {
      if (row.kind !== "action") continue;
      const signs = shiftSigns(context, row, tables.get(row.tableIndex));
      if (signs.length === 0) continue;
      const label = rowLabel(row);
      const reasons = signs.map((sign) => explain(sign, row));
      report({
        message: {
          vi: `Các ô ở ${label.vi} có vẻ bị lệch cột: ${reasons.map((r) => r.vi).join("; ")}. Kiểm tra và đưa nội dung về đúng cột.`,
          en: `The cells in ${label.en} seem to be in the wrong columns: ${reasons.map((r) => r.en).join("; ")}. Put each text back in its column.`,
        },
        location: rowLocation(row),
        criterion: row.criterionCode,
        text: offendingText(signs, row),
      });
    }
  },
});
