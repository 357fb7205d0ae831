/** "Số : 97/KH-MNPL" → "97/KH-MNPL" ("97/KH-MNPL.CM" keeps its dot); "Số: /KH-MNLH" or "Số: …/KH-…" → blank. */
import type { PlanMetadata } from "../../model/plan";
import { lineSlice, type TextLine } from "./lines";

// On the fold: "số", an optional colon, the number (possibly dots or nothing), "/", the symbol.
const PLAN_NUMBER =
  /^so\s*(?:hieu\s*)?[:.]?\s*(?<number>[^/\s]{0,12})\s*\/\s*(?<symbol>[a-z](?:[a-z0-9&-]|\.(?=[a-z0-9]))*(?:\/[a-z0-9&-]+)*)/d;
const DIGIT = /\d/;

export function readPlanNumber(lines: readonly TextLine[]): PlanMetadata["planNumber"] {
  for (const line of lines) {
    const match = PLAN_NUMBER.exec(line.folded.text);
    const number = match?.indices?.groups?.["number"];
    const symbol = match?.indices?.groups?.["symbol"];
    if (!match || !number || !symbol) continue;
    const numberText = lineSlice(line, number[0], number[1]);
    const text = `${numberText}/${lineSlice(line, symbol[0], symbol[1])}`;
    return { text, blank: !DIGIT.test(numberText), blockIndex: line.blockIndex };
  }
  return undefined;
}
