import {
  attributeValue,
  findChild,
  ownText,
  parseXml,
  XmlSyntaxError,
  type XmlElement,
} from "../../../src/ooxml/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

function only(element: XmlElement | undefined): XmlElement {
  if (!element) throw new Error("element expected");
  return element;
}

describe("parseXml", () => {
  it("resolves prefixes to namespace URIs, whatever the prefix", () => {
    const { root } = parseXml(`<x:document xmlns:x="${W}"><x:body/></x:document>`);
    expect(root.namespaceUri).toBe(W);
    expect(root.localName).toBe("document");
    expect(findChild(root, W, "body")?.qualifiedName).toBe("x:body");
  });

  it("applies default namespaces to elements but not to attributes", () => {
    const { root } = parseXml(`<a xmlns="urn:a" k="v"><b xmlns=""/></a>`);
    expect(root.namespaceUri).toBe("urn:a");
    expect(root.attributes.find((a) => a.localName === "k")?.namespaceUri).toBe("");
    expect((root.children[0] as XmlElement).namespaceUri).toBe("");
  });

  it("reads attributes in both quote styles and decodes them", () => {
    const { root } = parseXml(`<a one='1 "q"' two="&lt;&#65;&#x42;&apos;" three="a\tb\r\nc"/>`);
    expect(attributeValue(root, "", "one")).toBe('1 "q"');
    expect(attributeValue(root, "", "two")).toBe("<AB'");
    expect(attributeValue(root, "", "three")).toBe("a b c");
  });

  it("decodes entities and character references in text, and keeps CDATA raw", () => {
    const { root } = parseXml(
      `<a>&amp;&lt;&gt;&quot;&apos;&#233;&#x1F600;<![CDATA[<b>&amp;</b>]]></a>`
    );
    expect(ownText(root)).toBe(`&<>"'é😀<b>&amp;</b>`);
  });

  it("skips the declaration, comments and processing instructions", () => {
    const source = `\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- c --><a><?pi data?><!--x--><b/></a><!-- after -->\n`;
    const { root } = parseXml(source);
    expect(root.children.map((c) => (c.kind === "element" ? c.localName : "text"))).toEqual(["b"]);
  });

  it("records exact offsets of elements and their content", () => {
    const source = `<?xml version="1.0"?><r><p a="1">x<q/>y</p><s></s></r>`;
    const { root } = parseXml(source);
    const [p, s] = root.children as XmlElement[];
    expect(source.slice(root.start, root.end)).toBe(`<r><p a="1">x<q/>y</p><s></s></r>`);
    expect(source.slice(p!.start, p!.end)).toBe(`<p a="1">x<q/>y</p>`);
    expect(source.slice(p!.contentStart, p!.contentEnd)).toBe(`x<q/>y`);
    const q = p!.children[1] as XmlElement;
    expect(source.slice(q.start, q.end)).toBe("<q/>");
    expect(q.selfClosing).toBe(true);
    expect(source.slice(s!.contentStart, s!.contentEnd)).toBe("");
    const attribute = p!.attributes[0]!;
    expect(source.slice(attribute.start, attribute.end)).toBe(`a="1"`);
    expect(source.slice(attribute.valueStart, attribute.valueEnd)).toBe("1");
  });

  it("keeps whitespace text and tracks inherited xml:space", () => {
    const { root } = parseXml(
      `<a xml:space="preserve"><b> x </b><c xml:space="default"><d/></c></a>`
    );
    const b = only(findChild(root, "", "b"));
    expect(ownText(b)).toBe(" x ");
    expect(b.spacePreserved).toBe(true);
    const d = only(findChild(only(findChild(root, "", "c")), "", "d"));
    expect(d.spacePreserved).toBe(false);
  });

  it("normalizes line ends in text", () => {
    expect(ownText(parseXml("<a>x\r\ny\rz</a>").root)).toBe("x\ny\nz");
  });

  it("links children to their parent", () => {
    const { root } = parseXml("<a><b/></a>");
    expect((root.children[0] as XmlElement).parent).toBe(root);
  });

  const malformed: Array<[string, string]> = [
    ["", "no-root"],
    ["   ", "no-root"],
    ["<a>", "unclosed-element"],
    ["<a></b>", "mismatched-end-tag"],
    ["</a>", "unexpected-end-tag"],
    ["<a/><b/>", "multiple-roots"],
    ["x<a/>", "text-outside-root"],
    ["<a/>x", "text-outside-root"],
    ["<a b=1/>", "invalid-attribute"],
    ['<a b="1"c="2"/>', "invalid-attribute"],
    ['<a b="1" b="2"/>', "duplicate-attribute"],
    ['<a b="<"/>', "invalid-attribute"],
    ["<a>&foo;</a>", "invalid-entity"],
    ["<a>& b</a>", "invalid-entity"],
    ["<a>&#0;</a>", "invalid-character-reference"],
    ["<a>&#xZZ;</a>", "invalid-character-reference"],
    ["<a>&#x110000;</a>", "invalid-character-reference"],
    ["<a><!-- x</a>", "unterminated-comment"],
    ["<a><![CDATA[x</a>", "unterminated-cdata"],
    ["<a><?pi x</a>", "unterminated-processing-instruction"],
    ['<a/><?xml version="1.0"?>', "misplaced-declaration"],
    ['<!DOCTYPE a [<!ENTITY x "y">]><a/>', "dtd-not-supported"],
    ["<a><!ELEMENT></a>", "unsupported-markup"],
    ["<p:a/>", "unbound-prefix"],
    ['<a p:b="1"/>', "unbound-prefix"],
    ['<a xmlns:p=""/>', "invalid-namespace-declaration"],
    ["<a:b:c/>", "invalid-name"],
    ["< a/>", "invalid-name"],
    ["<1a/>", "invalid-name"],
    ["<a", "unexpected-end"],
    ['<a b="1', "unexpected-end"],
    ["<a></a", "unexpected-end"],
  ];

  it.each(malformed)("rejects %j with %s", (source, code) => {
    expect(() => parseXml(source)).toThrow(XmlSyntaxError);
    try {
      parseXml(source);
    } catch (error) {
      expect((error as XmlSyntaxError).code).toBe(code);
    }
  });

  it("reports where the problem is", () => {
    try {
      parseXml("<a>\n  <b></c>\n</a>");
      throw new Error("should have failed");
    } catch (error) {
      expect(error).toBeInstanceOf(XmlSyntaxError);
      const syntaxError = error as XmlSyntaxError;
      expect(syntaxError.line).toBe(2);
      expect(syntaxError.column).toBe(6);
      expect(syntaxError.offset).toBe(9);
    }
  });

  it("refuses nesting deeper than the limit instead of overflowing the stack later", () => {
    const deep = "<a>".repeat(50) + "</a>".repeat(50);
    expect(() => parseXml(deep, { maxDepth: 10 })).toThrow(XmlSyntaxError);
    expect(parseXml(deep).root.localName).toBe("a");
    expect(() => parseXml("<a>".repeat(100000))).toThrow(XmlSyntaxError);
  });
});
