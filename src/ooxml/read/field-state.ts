/**
 * Where we are in complex fields (`w:fldChar` begin / separate / end), across runs and
 * paragraphs in document order. Only a field's result (between separate and end) is visible
 * text; its code is not. Fields nest: text shows only when every open field is in its result,
 * so a field nested in another field's code stays hidden.
 */
export class FieldState {
  private readonly phases: Array<"code" | "result"> = [];
  private openCodes = 0;

  get showsText(): boolean {
    return this.openCodes === 0;
  }

  /** Applies a `w:fldCharType`; stray separators and ends are ignored rather than trusted. */
  apply(fieldCharType: string | undefined): void {
    if (fieldCharType === "begin") {
      this.phases.push("code");
      this.openCodes++;
    } else if (fieldCharType === "separate") {
      if (this.phases[this.phases.length - 1] === "code") {
        this.phases[this.phases.length - 1] = "result";
        this.openCodes--;
      }
    } else if (fieldCharType === "end") {
      if (this.phases.pop() === "code") this.openCodes--;
    }
  }
}
