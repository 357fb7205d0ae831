import {
  applyEditsToDocumentXml,
  OoxmlReadError,
  OoxmlWriteError,
  XmlSyntaxError,
} from "../../../src/ooxml";
import { documentXml, p } from "../documents";
import { fragmentOf, insertAtEnd } from "./helpers";

const HEADING = fragmentOf({ kind: "paragraph", runs: [{ text: "PHỤ LỤC" }] });

describe("refusals", () => {
  it("does not edit Strict OOXML, which it can read", () => {
    const strict = `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>${p("a")}</w:body></w:document>`;
    expect(() => applyEditsToDocumentXml(strict, [insertAtEnd(HEADING)])).toThrow(
      expect.objectContaining({ name: "OoxmlWriteError", code: "not-supported" })
    );
  });

  it("passes on the reader's errors for malformed XML and for XML that is not a document", () => {
    expect(() => applyEditsToDocumentXml("<w:document", [insertAtEnd(HEADING)])).toThrow(
      XmlSyntaxError
    );
    expect(() => applyEditsToDocumentXml("<root/>", [insertAtEnd(HEADING)])).toThrow(
      OoxmlReadError
    );
  });

  it("is a typed error naming the edit to blame", () => {
    let error: unknown;
    try {
      applyEditsToDocumentXml(documentXml(p("a")), [
        insertAtEnd(HEADING),
        {
          kind: "replaceTable",
          tableIndex: 0,
          table: { kind: "table", columnWeights: [1], headerRows: [], bodyRows: [] },
        },
      ]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OoxmlWriteError);
    expect(error).toMatchObject({ code: "not-found", editIndex: 1 });
    expect((error as Error).message).toMatch(/^edit 1: there is no table 0/);
  });
});
