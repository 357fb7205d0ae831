import fc from "fast-check";
import { applyEditsToDocumentXml, readDocumentXml } from "../../../src/ooxml";
import { isXmlChar } from "../../../src/ooxml/xml/characters";
import { documentXml, p, tbl, tc } from "../documents";
import { cell, fragmentOf, insertAtEnd, row, smallTable, tableAt } from "./helpers";

/** Any code point, plus what is most likely to break a writer: specials, controls, lone halves. */
const TRICKY = fc.constantFrom(
  "<",
  ">",
  "&",
  '"',
  "'",
  "]]>",
  " ",
  "  ",
  "\t",
  "\n",
  "\r",
  "\r\n",
  "\u0000",
  "\u0001",
  "\u000b",
  "\u001f",
  "\u007f",
  "\u0085",
  "\u00a0",
  "\u2028",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\ud800",
  "\udc00",
  "\ud83d\udcc4",
  "ư",
  "Ư",
  "ờ",
  "ệ",
  "e\u0302\u0301",
  "&amp;",
  "&#1;"
);
const USER_TEXT = fc.string({
  unit: fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), TRICKY),
  maxLength: 40,
});

/** What XML can hold of a text: characters it cannot hold dropped, line ends as "\n". */
function expectedText(text: string): string {
  // Array.from splits by code point; a lone surrogate half stays alone, and is not an XML Char.
  return Array.from(text)
    .filter((character) => isXmlChar(character.codePointAt(0)!))
    .join("")
    .replace(/\r\n|\r/g, "\n");
}

const SOURCE = documentXml(p("a") + tbl(`<w:tr>${tc(p("cũ"))}${tc(p("b"))}</w:tr>`));

describe("random user text in a cell reads back exactly (minus what XML cannot hold)", () => {
  it("through setCellText", () => {
    fc.assert(
      fc.property(USER_TEXT, (text) => {
        const xml = applyEditsToDocumentXml(SOURCE, [
          {
            kind: "setCellText",
            cell: { tableIndex: 0, rowIndex: 0, cellIndex: 0 },
            expectedText: "cũ",
            text,
          },
        ]);
        expect(tableAt(readDocumentXml(xml).model, 1).rows[0]!.cells[0]!.text).toBe(
          expectedText(text)
        );
      }),
      { numRuns: 300 }
    );
  });

  it("through a table spec and through new rows", () => {
    fc.assert(
      fc.property(USER_TEXT, (text) => {
        const spec = smallTable({ bodyRows: [row("data", cell(text), cell(""), cell(""))] });
        const xml = applyEditsToDocumentXml(SOURCE, [
          insertAtEnd(fragmentOf(spec)),
          {
            kind: "insertRows",
            tableIndex: 0,
            afterRowIndex: 0,
            rows: [row("data", cell(text), cell(""))],
          },
        ]);
        const { model } = readDocumentXml(xml);
        // Block 1: the table that got a row; block 2 separates it from ours, block 3.
        expect(tableAt(model, 1).rows[1]!.cells[0]!.text).toBe(expectedText(text));
        expect(tableAt(model, 3).rows[1]!.cells[0]!.text).toBe(expectedText(text));
      }),
      { numRuns: 300 }
    );
  });
});
