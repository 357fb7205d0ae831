/**
 * A small mutable XML tree for the fake's document. Each node keeps its exact source text
 * (start and end tags, text between elements), so serializing an untouched tree gives back the
 * input byte for byte, and edits splice whole nodes the way Word's object model does: objects
 * keep pointing at the same element whatever is inserted before them.
 */
import { parseXml, type XmlElement } from "../../../ooxml/xml";

export interface TreeElement {
  readonly kind: "element";
  readonly localName: string;
  readonly namespaceUri: string;
  /** The start tag as written ("<w:tbl>"), or the whole element when self-closing. */
  startTag: string;
  /** The end tag as written, "" when self-closing. */
  readonly endTag: string;
  readonly children: TreeNode[];
  parent: TreeElement | undefined;
}

/** Text, comments or anything else between elements, kept as written. */
export interface TreeText {
  readonly kind: "text";
  readonly raw: string;
  parent: TreeElement | undefined;
}

export type TreeNode = TreeElement | TreeText;

/** Parses `source` into a tree; `source` must be one well-formed XML document. */
export function parseTree(source: string): TreeElement {
  return convert(source, parseXml(source).root, undefined);
}

/**
 * Parses markup meant to go inside an element: `context` supplies the start tag (and so the
 * namespace declarations) the markup is parsed under.
 */
export function parseChildren(markup: string, contextStartTag: string): TreeNode[] {
  const open = contextStartTag.endsWith("/>")
    ? contextStartTag.slice(0, -2) + ">"
    : contextStartTag;
  const name = /^<([^\s>/]+)/.exec(open)?.[1] ?? "root";
  const wrapper = parseTree(`${open}${markup}</${name}>`);
  const nodes = [...wrapper.children];
  for (const node of nodes) node.parent = undefined;
  return nodes;
}

function convert(
  source: string,
  element: XmlElement,
  parent: TreeElement | undefined
): TreeElement {
  const startTag = source.slice(
    element.start,
    element.selfClosing ? element.end : element.contentStart
  );
  const node: TreeElement = {
    kind: "element",
    localName: element.localName,
    namespaceUri: element.namespaceUri,
    startTag,
    endTag: element.selfClosing ? "" : source.slice(element.contentEnd, element.end),
    children: [],
    parent,
  };
  if (element.selfClosing) return node;
  let cursor = element.contentStart;
  for (const child of element.children) {
    if (child.kind !== "element") continue;
    if (child.start > cursor) node.children.push(text(source.slice(cursor, child.start), node));
    node.children.push(convert(source, child, node));
    cursor = child.end;
  }
  if (element.contentEnd > cursor)
    node.children.push(text(source.slice(cursor, element.contentEnd), node));
  return node;
}

function text(raw: string, parent: TreeElement): TreeText {
  return { kind: "text", raw, parent };
}

export function serialize(node: TreeNode): string {
  if (node.kind === "text") return node.raw;
  if (node.endTag === "") return node.startTag;
  let markup = node.startTag;
  for (const child of node.children) markup += serialize(child);
  return markup + node.endTag;
}

/** Where every element sits in the serialized tree: [start, end) offsets. */
export function elementOffsets(
  root: TreeElement
): Map<TreeElement, { start: number; end: number }> {
  const offsets = new Map<TreeElement, { start: number; end: number }>();
  let position = 0;
  const visit = (node: TreeNode): void => {
    if (node.kind === "text") {
      position += node.raw.length;
      return;
    }
    const start = position;
    position += node.startTag.length;
    for (const child of node.children) visit(child);
    position += node.endTag.length;
    offsets.set(node, { start, end: position });
  };
  visit(root);
  return offsets;
}

export function elementChildren(element: TreeElement): TreeElement[] {
  return element.children.filter((child): child is TreeElement => child.kind === "element");
}

/** Descendants in document order, not entering elements `skip` accepts. */
export function descendants(
  element: TreeElement,
  skip: (element: TreeElement) => boolean = () => false
): TreeElement[] {
  const found: TreeElement[] = [];
  const visit = (node: TreeElement): void => {
    for (const child of elementChildren(node)) {
      if (skip(child)) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(element);
  return found;
}

export function ancestors(node: TreeNode): TreeElement[] {
  const found: TreeElement[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) found.push(parent);
  return found;
}

export function isAttached(node: TreeNode, root: TreeElement): boolean {
  let current: TreeNode | undefined = node;
  while (current && current !== root) current = current.parent;
  return current === root;
}

export function insertNodes(parent: TreeElement, index: number, nodes: readonly TreeNode[]): void {
  for (const node of nodes) node.parent = parent;
  parent.children.splice(index, 0, ...nodes);
}

export function insertBefore(reference: TreeNode, nodes: readonly TreeNode[]): void {
  const parent = requireParent(reference);
  insertNodes(parent, parent.children.indexOf(reference), nodes);
}

export function insertAfter(reference: TreeNode, nodes: readonly TreeNode[]): void {
  const parent = requireParent(reference);
  insertNodes(parent, parent.children.indexOf(reference) + 1, nodes);
}

export function replaceNode(old: TreeNode, nodes: readonly TreeNode[]): void {
  const parent = requireParent(old);
  const index = parent.children.indexOf(old);
  parent.children.splice(index, 1);
  old.parent = undefined;
  insertNodes(parent, index, nodes);
}

export function removeChildren(parent: TreeElement, predicate: (node: TreeNode) => boolean): void {
  for (let i = parent.children.length - 1; i >= 0; i--) {
    const child = parent.children[i];
    if (child && predicate(child)) {
      parent.children.splice(i, 1);
      child.parent = undefined;
    }
  }
}

function requireParent(node: TreeNode): TreeElement {
  if (!node.parent) throw new Error("the node is not in the tree");
  return node.parent;
}
