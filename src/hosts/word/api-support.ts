import type { OfficeCommon } from "./globals";

/**
 * Which WordApi requirement sets this Word supports. The host is written for WordApi 1.3 (the
 * manifest's minimum); anything newer is used only where `supports` says so.
 */
export class ApiSupport {
  private readonly known = new Map<string, boolean>();

  constructor(private readonly office: OfficeCommon) {}

  supports(version: string): boolean {
    let supported = this.known.get(version);
    if (supported === undefined) {
      try {
        supported = this.office.context.requirements.isSetSupported("WordApi", version);
      } catch {
        supported = false;
      }
      this.known.set(version, supported);
    }
    return supported;
  }

  /** `document.onParagraphChanged/Added/Deleted`. */
  get paragraphEvents(): boolean {
    return this.supports("1.6");
  }
}
