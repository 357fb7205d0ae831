import type { Finding } from "../../../core/model/finding";
import type { Strings } from "../../i18n/strings";
import { format } from "../../i18n/strings";

/** "Bảng 1, dòng 4" (1-based, as staff count), "Phần đầu văn bản", or "Toàn kế hoạch". */
export function findingLocationLabel(finding: Finding, strings: Strings): string {
  const { location } = finding;
  const rowIndex = location.rowIndex ?? location.cell?.rowIndex;
  if (location.tableIndex !== undefined && rowIndex !== undefined) {
    return format(strings.check.location, { table: location.tableIndex + 1, row: rowIndex + 1 });
  }
  if (location.blockIndex !== undefined) return strings.check.locationParagraph;
  return strings.check.planLevel;
}

export function isSelectable(finding: Finding): boolean {
  const { location } = finding;
  return (
    location.cell !== undefined ||
    (location.tableIndex !== undefined && location.rowIndex !== undefined)
  );
}
