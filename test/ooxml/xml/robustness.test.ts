import fc from "fast-check";
import { parseXml, tokenizeXml, XmlSyntaxError } from "../../../src/ooxml/xml";

/** Pieces of markup, so random strings often get deep into the tokenizer instead of failing at once. */
const xmlishPiece = fc.constantFrom(
  "<",
  ">",
  "/>",
  "</",
  "<w:p>",
  "</w:p>",
  "<w:t xml:space='preserve'>",
  "</w:t>",
  '<a xmlns:w="urn:w">',
  "</a>",
  "<a>",
  'x="1"',
  " ",
  "=",
  '"',
  "'",
  "&amp;",
  "&#x41;",
  "&",
  ";",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "<?",
  "?>",
  "<?xml version='1.0'?>",
  "<!DOCTYPE",
  ":",
  "w:",
  "\r\n",
  "\uFEFF",
  "text"
);

const xmlishString = fc
  .array(fc.oneof(xmlishPiece, fc.string({ maxLength: 3 })), { maxLength: 40 })
  .map((parts) => parts.join(""));

function parsesOrFailsTyped(source: string): void {
  try {
    parseXml(source);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
  }
}

describe("XML robustness", () => {
  it("parseXml only ever throws XmlSyntaxError on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (source) =>
        parsesOrFailsTyped(source)
      ),
      {
        numRuns: 2000,
      }
    );
  });

  it("parseXml only ever throws XmlSyntaxError on markup-like strings", () => {
    fc.assert(
      fc.property(xmlishString, (source) => parsesOrFailsTyped(source)),
      { numRuns: 5000 }
    );
  });

  it("the tokenizer alone only ever throws XmlSyntaxError and every token moves forward", () => {
    fc.assert(
      fc.property(xmlishString, (source) => {
        let lastEnd = 0;
        const advance = (start: number, end: number) => {
          expect(start).toBeGreaterThanOrEqual(lastEnd);
          expect(end).toBeGreaterThan(start);
          lastEnd = end;
        };
        try {
          tokenizeXml(source, {
            startTag: (token) => advance(token.start, token.end),
            endTag: (_name, start, end) => advance(start, end),
            text: (_text, start, end) => advance(start, end),
          });
        } catch (error) {
          if (!(error instanceof XmlSyntaxError)) throw error;
        }
      }),
      { numRuns: 3000 }
    );
  });

  it("stays linear on pathological inputs", () => {
    const manyAttributes =
      "<a " + Array.from({ length: 20000 }, (_, i) => `a${i}="${i}"`).join(" ") + "/>";
    expect(parseXml(manyAttributes).root.attributes).toHaveLength(20000);
    const longText = "<a>" + "x".repeat(1_000_000) + "</a>";
    expect(parseXml(longText).root.end).toBe(longText.length);
    expect(() => parseXml("<a>" + "&amp".repeat(100000))).toThrow(XmlSyntaxError);
    expect(() => parseXml("<" + "a".repeat(100000))).toThrow(XmlSyntaxError);
  });
});
