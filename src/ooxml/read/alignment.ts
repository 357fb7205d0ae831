import type { Alignment } from "../../core/model/document";

/**
 * Maps `w:jc` to the model's alignment. "start"/"end" are read as left/right without regard to
 * the paragraph's direction: Vietnamese text is left-to-right. Kashida and Thai variants are
 * kinds of justification. "num" (decimal alignment) has no equivalent and yields undefined.
 */
export function alignmentFromJustification(value: string | undefined): Alignment | undefined {
  switch (value) {
    case "left":
    case "start":
      return "left";
    case "center":
      return "center";
    case "right":
    case "end":
      return "right";
    case "both":
    case "distribute":
    case "thaiDistribute":
    case "highKashida":
    case "mediumKashida":
    case "lowKashida":
      return "justify";
    default:
      return undefined;
  }
}
