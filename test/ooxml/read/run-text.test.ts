import { readDocumentXml } from "../../../src/ooxml";
import { documentXml, onlyParagraph } from "../documents";

function textOf(paragraphContent: string): string {
  return onlyParagraph(readDocumentXml(documentXml(`<w:p>${paragraphContent}</w:p>`)).model).text;
}

describe("run text", () => {
  it("joins w:t across runs", () => {
    expect(
      textOf(
        `<w:r><w:t>Kế </w:t></w:r><w:r><w:t xml:space="preserve">hoạch </w:t></w:r><w:r><w:t>cải tiến</w:t></w:r>`
      )
    ).toBe("Kếhoạch cải tiến");
  });

  it("keeps w:t exactly under xml:space=preserve and trims it otherwise", () => {
    expect(textOf(`<w:r><w:t xml:space="preserve">  a  b  </w:t></w:r>`)).toBe("  a  b  ");
    expect(textOf(`<w:r><w:t>  a  b  </w:t></w:r>`)).toBe("a  b");
    expect(textOf(`<w:r><w:t>\n\t </w:t></w:r>`)).toBe("");
  });

  it("inherits xml:space from an ancestor", () => {
    expect(textOf(`<w:r xml:space="preserve"><w:t> x </w:t></w:r>`)).toBe(" x ");
  });

  it("decodes entities and character references", () => {
    expect(
      textOf(
        `<w:r><w:t>Bộ GD&amp;ĐT &lt;a&gt; &quot;q&quot; &apos;s&apos; &#7871;&#x1EBF;</w:t></w:r>`
      )
    ).toBe(`Bộ GD&ĐT <a> "q" 's' ếế`);
  });

  it("maps tabs, breaks and hyphens", () => {
    expect(
      textOf(
        `<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:br w:type="page"/><w:t>e</w:t>` +
          `<w:noBreakHyphen/><w:t>f</w:t><w:softHyphen/><w:t>g</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/></w:r>`
      )
    ).toBe("a\tb\nc\nd\ne-fg\t");
  });

  it("maps w:sym: ordinary characters as themselves, common symbol-font glyphs to Unicode, others dropped", () => {
    expect(textOf(`<w:r><w:sym w:font="Times New Roman" w:char="2013"/></w:r>`)).toBe("\u2013");
    expect(textOf(`<w:r><w:sym w:font="Symbol" w:char="F0B7"/><w:t>x</w:t></w:r>`)).toBe("\u2022x");
    expect(textOf(`<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>`)).toBe("\u2713");
    expect(textOf(`<w:r><w:sym w:font="Wingdings" w:char="FC"/></w:r>`)).toBe("\u2713");
    expect(textOf(`<w:r><w:sym w:font="Wingdings" w:char="F04A"/><w:t>x</w:t></w:r>`)).toBe("x");
    expect(textOf(`<w:r><w:sym w:font="Webdings" w:char="F0B7"/><w:t>x</w:t></w:r>`)).toBe("x");
    expect(textOf(`<w:r><w:sym w:font="Symbol" w:char="zz"/><w:t>x</w:t></w:r>`)).toBe("x");
  });

  it("excludes deleted text and field codes", () => {
    expect(
      textOf(
        `<w:r><w:delText>gone</w:delText><w:instrText> PAGE </w:instrText><w:t>kept</w:t></w:r>`
      )
    ).toBe("kept");
  });

  it("skips drawings, pictures, objects and text boxes", () => {
    const drawing = `<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:t>no</w:t></wp:inline></w:drawing></w:r>`;
    const pict = `<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>box</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;
    const object = `<w:r><w:object><w:t>obj</w:t></w:object></w:r>`;
    expect(textOf(`${drawing}${pict}${object}<w:r><w:t>body</w:t></w:r>`)).toBe("body");
  });

  it("reads mc:AlternateContent through its fallback", () => {
    const alternate =
      `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:t>choice</w:t></w:drawing></mc:Choice>` +
      `<mc:Fallback><w:t>fallback</w:t></mc:Fallback></mc:AlternateContent></w:r>`;
    expect(textOf(alternate)).toBe("fallback");
    const paragraphLevel = `<mc:AlternateContent><mc:Choice Requires="w14"><w:r><w:t>new</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>old</w:t></w:r></mc:Fallback></mc:AlternateContent>`;
    expect(textOf(paragraphLevel)).toBe("old");
  });

  it("ignores elements of other namespaces that share a local name", () => {
    expect(textOf(`<w:r><w14:t>no</w14:t><w:t>yes</w:t></w:r>`)).toBe("yes");
    expect(textOf(`<w:r><t xmlns="">no</t><w:t>yes</w:t></w:r><r xmlns=""><t>no</t></r>`)).toBe(
      "yes"
    );
  });

  it("takes the base of ruby text, not its guide", () => {
    expect(
      textOf(
        `<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guide</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>base</w:t></w:r></w:rubyBase></w:ruby></w:r>`
      )
    ).toBe("base");
  });

  it("matches elements by namespace URI, not by the prefix", () => {
    const xml =
      `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>` +
      `<x:p><x:r><x:t>prefix x</x:t></x:r></x:p></x:body></x:document>`;
    expect(onlyParagraph(readDocumentXml(xml).model).text).toBe("prefix x");
  });
});
