import { FakeOfficeError } from "./errors";

/** A requirement set version such as "1.3", compared numerically part by part. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(".").map(Number);
  const right = b.split(".").map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export interface ApiUse {
  /** E.g. "Table.getCellOrNullObject". */
  readonly member: string;
  /** The WordApi version the member belongs to. */
  readonly version: string;
}

/**
 * The WordApi requirement set the fake claims to support. Every member the fake implements
 * declares the set it belongs to (as the Office.js reference states it) and goes through
 * `require`, so a host written for 1.3 that touches a 1.4+ member fails its test.
 */
export class ApiSetGate {
  /** Every member used, in order, with its set: tests assert none above what was checked. */
  readonly uses: ApiUse[] = [];

  constructor(readonly version: string) {}

  supports(version: string): boolean {
    return compareVersions(version, this.version) <= 0;
  }

  require(member: string, version: string): void {
    this.uses.push({ member, version });
    if (!this.supports(version)) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `${member} needs WordApi ${version}; this Word supports WordApi ${this.version}`
      );
    }
  }

  /** Members of desktop-only sets (WordApiDesktop), which the fake never supports. */
  requireDesktop(member: string, version: string): never {
    this.uses.push({ member, version: `Desktop ${version}` });
    throw new FakeOfficeError(
      "ApiNotFound",
      `${member} needs WordApiDesktop ${version}, which this Word does not support`
    );
  }

  highestUsed(): string {
    return this.uses.reduce(
      (highest, use) =>
        /^\d/.test(use.version) && compareVersions(use.version, highest) > 0
          ? use.version
          : highest,
      "1.1"
    );
  }
}
