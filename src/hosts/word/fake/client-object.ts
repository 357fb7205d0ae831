import { FakeOfficeError } from "./errors";
import type { FakeRequestContext } from "./request-context";

export type LoadOption = string | string[] | { select?: string | string[] };

/** What an object stands for, found when a sync first needs it; null for a null object. */
export type Resolver<T> = () => T | null;

/**
 * The strict part of every fake Word object. Like Office.js proxies:
 * - the target is found only when a sync runs an action that needs it (`*OrNullObject` targets
 *   may be null), and stays the same object afterwards;
 * - `load()` queues a snapshot of scalar properties taken at that point of the sync; reading a
 *   property (or `isNullObject`) that no synced load covered throws `PropertyNotLoaded`;
 * - using a null object for anything but `load` fails the sync.
 */
export abstract class FakeClientObject<T> {
  private resolved = false;
  private target: T | null = null;
  private snapshot: Map<string, unknown> | undefined;

  constructor(
    readonly context: FakeRequestContext,
    private readonly resolver: Resolver<T>
  ) {}

  /** The API member name prefix, e.g. "Table". */
  protected abstract readonly typeName: string;

  /** Scalar properties `load` accepts, with the WordApi version each belongs to. */
  protected abstract readonly loadable: Readonly<Record<string, string>>;

  /** Reads a scalar property of a (non-null) target, at the moment a load action runs. */
  protected abstract readProperty(target: T, name: string): unknown;

  load(option?: LoadOption): this {
    const names = loadNames(option);
    for (const name of names) {
      const version = this.loadable[name];
      if (version === undefined) {
        throw new FakeOfficeError("InvalidArgument", `${this.typeName}.${name} cannot be loaded`);
      }
      this.context.state.gate.require(`${this.typeName}.${name}`, version);
    }
    this.context.enqueue(() => {
      const target = this.resolveTarget();
      const snapshot = new Map<string, unknown>(this.snapshot ?? []);
      snapshot.set("isNullObject", target === null);
      if (target !== null)
        for (const name of names) snapshot.set(name, this.readProperty(target, name));
      this.snapshot = snapshot;
    });
    return this;
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject") as boolean;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  /** The value a synced load captured. */
  protected loaded(name: string): unknown {
    const snapshot = this.snapshot;
    if (
      !snapshot ||
      !snapshot.has(name) ||
      (name !== "isNullObject" && snapshot.get("isNullObject") === true)
    ) {
      this.context.state.misused(`${this.typeName}.${name} read without a synced load`);
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
    }
    return snapshot.get(name);
  }

  /** Finds the target (once); only while a sync runs its actions. */
  resolveTarget(): T | null {
    if (!this.context.isRunning) throw new Error("fake: a target was resolved outside a sync");
    if (!this.resolved) {
      this.target = this.resolver();
      this.resolved = true;
    }
    if (this.target !== null && !this.isStillThere(this.target)) {
      throw new FakeOfficeError(
        "ItemNotFound",
        `the ${this.typeName} is no longer in the document`
      );
    }
    return this.target;
  }

  /** The target, or fail the sync: used by every action other than `load`. */
  requireTarget(): T {
    const target = this.resolveTarget();
    if (target === null) {
      this.context.state.misused(`a null ${this.typeName} used`);
      throw new FakeOfficeError(
        "ItemNotFound",
        `a null ${this.typeName} was used; test isNullObject before using the result of an *OrNullObject call`
      );
    }
    return target;
  }

  /** Whether the target is still in the document (deleted or replaced content is not). */
  protected isStillThere(_target: T): boolean {
    return true;
  }

  /** Records the use of a member of `version` and fails when the fake's Word lacks it. */
  protected requires(member: string, version: string): void {
    this.context.state.gate.require(`${this.typeName}.${member}`, version);
  }
}

function loadNames(option: LoadOption | undefined): string[] {
  if (option === undefined) return [];
  const select = typeof option === "string" || Array.isArray(option) ? option : option.select;
  const list = select === undefined ? [] : Array.isArray(select) ? select : select.split(",");
  return list.map((name) => name.trim()).filter((name) => name !== "" && name !== "isNullObject");
}
