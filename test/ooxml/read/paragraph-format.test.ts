import { readDocumentXml } from "../../../src/ooxml";
import { documentXml, onlyParagraph, r, stylesXml } from "../documents";

const STYLES = stylesXml(
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
    // A localized Word: ids are translated, built-in names stay English.
    `<w:style w:type="paragraph" w:styleId="u2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="Tiêu đề riêng"/><w:basedOn w:val="Heading1"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="NotBold"><w:name w:val="Not bold"/><w:basedOn w:val="Heading1"/><w:rPr><w:b w:val="0"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="Muc"/><w:pPr><w:outlineLvl w:val="2"/><w:jc w:val="center"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="BodyLevel"><w:name w:val="heading 4"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="CycleA"><w:name w:val="A"/><w:basedOn w:val="CycleB"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="CycleB"><w:name w:val="B"/><w:basedOn w:val="CycleA"/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>` +
    `<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="StrongChild"><w:name w:val="Strong child"/><w:basedOn w:val="Strong"/></w:style>`
);

function read(paragraphXml: string, styles: string | undefined = STYLES) {
  return onlyParagraph(
    readDocumentXml(documentXml(paragraphXml), styles === undefined ? {} : { stylesXml: styles })
      .model
  );
}

function withStyle(styleId: string, ...runs: string[]): string {
  return `<w:p><w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${runs.join("")}</w:p>`;
}

describe("bold", () => {
  it("is true when every run with visible text is bold", () => {
    expect(read(`<w:p>${r("a", "<w:b/>")}${r("b", "<w:b/>")}</w:p>`).bold).toBe(true);
    expect(read(`<w:p>${r("a", "<w:b/>")}${r("b")}</w:p>`).bold).toBe(false);
  });

  it("ignores whitespace-only runs, and a paragraph without visible text is not bold", () => {
    expect(read(`<w:p>${r("a", "<w:b/>")}${r(" \t")}${r("b", "<w:b/>")}</w:p>`).bold).toBe(true);
    expect(read(`<w:p>${r("  ")}</w:p>`).bold).toBe(false);
    expect(read(`<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr></w:p>`).bold).toBe(false);
  });

  it("honours w:val off values", () => {
    for (const off of ["0", "false", "off"]) {
      expect(read(`<w:p>${r("a", `<w:b w:val="${off}"/>`)}</w:p>`).bold).toBe(false);
    }
    for (const on of ["1", "true", "on"]) {
      expect(read(`<w:p>${r("a", `<w:b w:val="${on}"/>`)}</w:p>`).bold).toBe(true);
    }
  });

  it("does not take the paragraph mark's formatting for the text's", () => {
    expect(read(`<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>${r("a")}</w:p>`).bold).toBe(false);
  });

  it("comes from the paragraph style, through w:basedOn", () => {
    expect(read(withStyle("Heading1", r("a"))).bold).toBe(true);
    expect(read(withStyle("MyHeading", r("a"))).bold).toBe(true);
    expect(read(withStyle("NotBold", r("a"))).bold).toBe(false);
    expect(read(withStyle("Heading1", r("a", `<w:b w:val="0"/>`))).bold).toBe(false);
  });

  it("comes from the character style, through w:basedOn", () => {
    expect(read(`<w:p>${r("a", `<w:rStyle w:val="Strong"/>`)}</w:p>`).bold).toBe(true);
    expect(read(`<w:p>${r("a", `<w:rStyle w:val="StrongChild"/>`)}</w:p>`).bold).toBe(true);
  });

  it("toggles when both the paragraph style and the character style are bold", () => {
    expect(read(withStyle("Heading1", r("a", `<w:rStyle w:val="Strong"/>`))).bold).toBe(false);
  });

  it("starts from the document defaults", () => {
    const boldDefaults = stylesXml(
      "",
      `<w:docDefaults><w:rPrDefault><w:rPr><w:b/></w:rPr></w:rPrDefault></w:docDefaults>`
    );
    expect(read(`<w:p>${r("a")}</w:p>`, boldDefaults).bold).toBe(true);
  });

  it("comes from the default paragraph style when the paragraph's style is not defined", () => {
    const boldNormal = stylesXml(
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`
    );
    expect(read(withStyle("Missing", r("a")), boldNormal)).toMatchObject({
      bold: true,
      alignment: "justify",
      styleId: "Missing",
    });
    expect(read(withStyle("Heading3", r("a")), boldNormal).headingLevel).toBe(3);
  });

  it("survives a w:basedOn cycle", () => {
    expect(read(withStyle("CycleA", r("a"))).bold).toBe(false);
    expect(read(withStyle("CycleA", r("a"))).headingLevel).toBeUndefined();
  });
});

describe("heading level", () => {
  it("comes from the style's outline level or built-in name", () => {
    expect(read(withStyle("Heading1", r("a"))).headingLevel).toBe(1);
    expect(read(withStyle("u2", r("a"))).headingLevel).toBe(2);
    expect(read(withStyle("MyHeading", r("a"))).headingLevel).toBe(1);
    expect(read(withStyle("Outline3", r("a"))).headingLevel).toBe(3);
  });

  it("comes from ids like Heading2 when there is no styles part", () => {
    expect(read(withStyle("Heading2", r("a")), undefined).headingLevel).toBe(2);
    expect(read(withStyle("heading 3", r("a")), undefined).headingLevel).toBe(3);
    expect(read(withStyle("Heading", r("a")), undefined).headingLevel).toBeUndefined();
    expect(read(withStyle("Heading10", r("a")), undefined).headingLevel).toBeUndefined();
  });

  it("is not given by LibreOffice's generic 'Heading' style or a body-text outline level", () => {
    expect(read(withStyle("Heading", r("a"))).headingLevel).toBeUndefined();
    expect(read(withStyle("BodyLevel", r("a"))).headingLevel).toBeUndefined();
  });

  it("comes from a direct outline level (0-based), which beats the style's", () => {
    expect(read(`<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr>${r("a")}</w:p>`).headingLevel).toBe(
      2
    );
    expect(
      read(
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/></w:pPr>${r("a")}</w:p>`
      ).headingLevel
    ).toBeUndefined();
    expect(
      read(
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="3"/></w:pPr>${r("a")}</w:p>`
      ).headingLevel
    ).toBe(4);
  });

  it("is absent for the default paragraph style", () => {
    expect(read(`<w:p>${r("a")}</w:p>`).headingLevel).toBeUndefined();
  });
});

describe("alignment and style id", () => {
  it.each([
    ["left", "left"],
    ["start", "left"],
    ["center", "center"],
    ["right", "right"],
    ["end", "right"],
    ["both", "justify"],
    ["distribute", "justify"],
  ])("maps w:jc=%s to %s", (jc, alignment) => {
    expect(read(`<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr>${r("a")}</w:p>`).alignment).toBe(
      alignment
    );
  });

  it("takes the style's alignment when the paragraph has none", () => {
    expect(read(withStyle("Outline3", r("a"))).alignment).toBe("center");
    expect(
      read(`<w:p><w:pPr><w:pStyle w:val="Outline3"/><w:jc w:val="right"/></w:pPr>${r("a")}</w:p>`)
        .alignment
    ).toBe("right");
    expect(read(`<w:p>${r("a")}</w:p>`).alignment).toBeUndefined();
  });

  it("records the style id as written, and none when absent", () => {
    expect(read(withStyle("u2", r("a"))).styleId).toBe("u2");
    expect(read(`<w:p>${r("a")}</w:p>`).styleId).toBeUndefined();
  });

  it("ignores formatting inside tracked property changes", () => {
    const paragraph =
      `<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="1" w:author="A"><w:pPr><w:jc w:val="right"/><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange></w:pPr>` +
      `<w:r><w:rPr><w:rPrChange w:id="2" w:author="A"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>a</w:t></w:r></w:p>`;
    const info = read(paragraph);
    expect([info.alignment, info.headingLevel, info.bold]).toEqual(["center", undefined, false]);
  });
});
