import fc from "fast-check";
import {
  OoxmlReadError,
  readDocumentXml,
  readDocxParts,
  readFlatOpc,
  XmlSyntaxError,
} from "../../../src/ooxml";
import { fixtureParts } from "../fixtures";

function failsOnlyTyped(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof XmlSyntaxError) && !(error instanceof OoxmlReadError)) throw error;
  }
}

describe("reader robustness", () => {
  let documentText = "";
  beforeAll(async () => {
    documentText = (await fixtureParts("mn-pom-lot-2021")).get("word/document.xml")!;
  });

  it("throws only typed errors on damaged real documents (a cut, a deletion, a duplicated slice)", () => {
    const position = () => fc.nat({ max: documentText.length });
    fc.assert(
      fc.property(position(), position(), position(), (a, b, c) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        failsOnlyTyped(() => readDocumentXml(documentText.slice(0, from)));
        failsOnlyTyped(() => readDocumentXml(documentText.slice(0, from) + documentText.slice(to)));
        failsOnlyTyped(() =>
          readDocumentXml(
            documentText.slice(0, c) + documentText.slice(from, to) + documentText.slice(c)
          )
        );
      }),
      { numRuns: 300 }
    );
  });

  it("throws only typed errors on arbitrary strings, whatever the entry point", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        failsOnlyTyped(() => readDocumentXml(text));
        failsOnlyTyped(() => readDocumentXml(text, { stylesXml: text }));
        failsOnlyTyped(() => readFlatOpc(text));
        failsOnlyTyped(() =>
          readDocxParts({
            "word/document.xml": text,
            "_rels/.rels": text,
            "[Content_Types].xml": text,
          })
        );
      }),
      { numRuns: 500 }
    );
  });

  it("refuses absurdly deep nesting with a typed error instead of overflowing the stack", () => {
    const depth = 5000;
    const deep = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>${"<w:hyperlink>".repeat(depth)}${"</w:hyperlink>".repeat(depth)}</w:p></w:body></w:document>`;
    expect(() => readDocumentXml(deep)).toThrow(XmlSyntaxError);
  });
});
