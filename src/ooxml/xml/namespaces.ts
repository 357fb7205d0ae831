/** Namespace URIs fixed by the XML specifications themselves. */
export const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
export const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

/**
 * The prefix bindings in effect at one element. Each element that declares namespaces gets its
 * own small scope pointing to its parent's, so declaring costs nothing proportional to what is
 * already in scope, and a lookup walks at most the nesting depth.
 */
export class NamespaceScope {
  private constructor(
    private readonly parent: NamespaceScope | undefined,
    private readonly bindings: ReadonlyMap<string, string>
  ) {}

  /** The scope outside any element: only `xml` and `xmlns` are bound; no default namespace. */
  static root(): NamespaceScope {
    return new NamespaceScope(
      undefined,
      new Map([
        ["xml", XML_NAMESPACE],
        ["xmlns", XMLNS_NAMESPACE],
      ])
    );
  }

  /** A child scope with `declarations` (prefix → URI; "" is the default namespace). */
  extend(declarations: ReadonlyMap<string, string>): NamespaceScope {
    return declarations.size === 0 ? this : new NamespaceScope(this, declarations);
  }

  /** The URI bound to `prefix` ("" for the default namespace); undefined when unbound. */
  resolve(prefix: string): string | undefined {
    const uri = this.bindings.get(prefix);
    if (uri !== undefined) return uri;
    if (this.parent) return this.parent.resolve(prefix);
    return prefix === "" ? "" : undefined;
  }
}
