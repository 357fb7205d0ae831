import { OoxmlReadError, readDocxParts, readFlatOpc, XmlSyntaxError } from "../../../src/ooxml";
import {
  documentXml,
  onlyParagraph,
  p,
  r,
  stylesXml,
  tables,
  tbl,
  tc,
  W_NAMESPACE,
} from "../documents";
import { fixtureParts } from "../fixtures";

const RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
const STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const MAIN_TYPE =
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

function rels(...relationships: Array<[type: string, target: string, mode?: string]>): string {
  const items = relationships
    .map(
      ([type, target, mode], i) =>
        `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"${mode ? ` TargetMode="${mode}"` : ""}/>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS}">${items}</Relationships>`;
}

const BOLD_BODY_STYLES = stylesXml(
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>`
);

describe("readDocxParts", () => {
  it("reads the fixtures' parts and names the parts it used", async () => {
    const reading = readDocxParts(await fixtureParts("mn-pom-lot-2021"));
    expect(reading.documentPartName).toBe("word/document.xml");
    expect(reading.stylesPartName).toBe("word/styles.xml");
    expect(tables(reading.model)).toHaveLength(2);
  });

  it("follows _rels/.rels to a main part that is not word/document.xml, and its relationships to styles", () => {
    const reading = readDocxParts({
      "_rels/.rels": rels(
        ["http://example.com/other", "docProps/core.xml"],
        [OFFICE_DOCUMENT, "/content/Main%20Part.xml"]
      ),
      "content/_rels/Main Part.xml.rels": rels(
        ["http://example.com/x", "https://example.com", "External"],
        [STYLES, "../shared/./look.xml"]
      ),
      "content/Main Part.xml": documentXml(p("từ phần chính")),
      "shared/look.xml": BOLD_BODY_STYLES,
      "word/document.xml": documentXml(p("decoy")),
    });
    expect(reading.documentPartName).toBe("content/Main Part.xml");
    expect(reading.stylesPartName).toBe("shared/look.xml");
    expect(onlyParagraph(reading.model)).toMatchObject({ text: "từ phần chính", bold: true });
  });

  it("falls back to the content types, then to word/document.xml, and finds styles beside the main part", () => {
    const byContentType = readDocxParts(
      new Map([
        [
          "[Content_Types].xml",
          `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/doc/body.xml" ContentType="${MAIN_TYPE}"/></Types>`,
        ],
        ["doc/body.xml", documentXml(p("a"))],
        ["doc/styles.xml", BOLD_BODY_STYLES],
      ])
    );
    expect([byContentType.documentPartName, byContentType.stylesPartName]).toEqual([
      "doc/body.xml",
      "doc/styles.xml",
    ]);
    expect(onlyParagraph(byContentType.model).bold).toBe(true);

    const byName = readDocxParts({ "/Word/Document.XML": documentXml(p("b")) });
    expect(byName.documentPartName).toBe("/Word/Document.XML");
    expect(byName.stylesPartName).toBeUndefined();
  });

  it("fails with typed errors for a missing main part and malformed parts", () => {
    expect(() => readDocxParts({ "word/other.xml": "<a/>" })).toThrow(
      expect.objectContaining({ name: "OoxmlReadError", code: "missing-document-part" })
    );
    try {
      readDocxParts({ "word/document.xml": "<w:document" });
      throw new Error("should have failed");
    } catch (error) {
      expect(error).toBeInstanceOf(OoxmlReadError);
      expect(error).toMatchObject({ code: "malformed-part", partName: "word/document.xml" });
      expect((error as OoxmlReadError).cause).toBeInstanceOf(XmlSyntaxError);
    }
    expect(() =>
      readDocxParts({ "word/document.xml": `<w:styles xmlns:w="${W_NAMESPACE}"/>` })
    ).toThrow(expect.objectContaining({ code: "not-a-document" }));
    expect(() =>
      readDocxParts({ "word/document.xml": `<w:document xmlns:w="${W_NAMESPACE}"/>` })
    ).toThrow(expect.objectContaining({ code: "missing-body" }));
  });

  it("reads Strict Open XML", () => {
    const strict = `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>strict</w:t></w:r></w:p></w:body></w:document>`;
    expect(onlyParagraph(readDocxParts({ "word/document.xml": strict }).model)).toMatchObject({
      text: "strict",
      bold: true,
      alignment: "center",
    });
  });
});

function flatOpc(parts: Array<{ name: string; contentType: string; xml: string }>): string {
  const body = parts
    .map(
      ({ name, contentType, xml }) =>
        `<pkg:part pkg:name="${name}" pkg:contentType="${contentType}" pkg:padding="512"><pkg:xmlData>${xml.replace(/^<\?xml[^>]*\?>\s*/, "")}</pkg:xmlData></pkg:part>`
    )
    .join("\n");
  return `<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">${body}</pkg:package>`;
}

const RELS_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const STYLES_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";

describe("readFlatOpc", () => {
  const body =
    p("Kế hoạch") +
    tbl(
      `<w:tr>${tc(p("TT"))}${tc(p("Nội dung"))}</w:tr><w:tr>${tc(p("1"))}${tc(`<w:p>${r("a")}</w:p>`)}</w:tr>`
    );
  const flat = flatOpc([
    {
      name: "/_rels/.rels",
      contentType: RELS_TYPE,
      xml: rels([OFFICE_DOCUMENT, "word/document.xml"]),
    },
    {
      name: "/word/_rels/document.xml.rels",
      contentType: RELS_TYPE,
      xml: rels([STYLES, "styles.xml"]),
    },
    { name: "/word/document.xml", contentType: MAIN_TYPE, xml: documentXml(body) },
    { name: "/word/styles.xml", contentType: STYLES_TYPE, xml: BOLD_BODY_STYLES },
  ]);

  it("reads the document part of the package Range.getOoxml() returns, with its styles", () => {
    const reading = readFlatOpc(flat);
    expect(reading.documentPartName).toBe("/word/document.xml");
    expect(reading.stylesPartName).toBe("/word/styles.xml");
    expect(reading.model.blocks[0]).toMatchObject({
      kind: "paragraph",
      text: "Kế hoạch",
      bold: true,
    });
    expect(tables(reading.model)[0]!.rows.map((row) => row.cells.map((cell) => cell.text))).toEqual(
      [
        ["TT", "Nội dung"],
        ["1", "a"],
      ]
    );
  });

  it("gives source offsets into the package string itself", () => {
    const { sourceMap } = readFlatOpc(flat);
    expect(flat.slice(sourceMap.blocks[0]!.start, sourceMap.blocks[0]!.end)).toBe(p("Kế hoạch"));
    const row = sourceMap.tables[0]!.rows[1]!;
    const spliced =
      flat.slice(0, row.end) + `<w:tr>${tc(p("2"))}${tc(p("b"))}</w:tr>` + flat.slice(row.end);
    expect(
      tables(readFlatOpc(spliced).model)[0]!.rows.map((x) => x.cells.map((cell) => cell.text))
    ).toEqual([
      ["TT", "Nội dung"],
      ["1", "a"],
      ["2", "b"],
    ]);
  });

  it("finds the main part by content type when the package has no relationships", () => {
    const reading = readFlatOpc(
      flatOpc([{ name: "/word/document2.xml", contentType: MAIN_TYPE, xml: documentXml(p("x")) }])
    );
    expect(reading.documentPartName).toBe("/word/document2.xml");
    expect(reading.stylesPartName).toBeUndefined();
    expect(onlyParagraph(reading.model)).toMatchObject({ text: "x", bold: false });
  });

  it("fails with typed errors", () => {
    expect(() => readFlatOpc(documentXml(p("x")))).toThrow(
      expect.objectContaining({ code: "not-a-flat-opc-package" })
    );
    expect(() => readFlatOpc(flatOpc([]))).toThrow(
      expect.objectContaining({ code: "missing-document-part" })
    );
    expect(() => readFlatOpc("<pkg:package")).toThrow(XmlSyntaxError);
  });
});
