import {
  normalizePartName,
  relationshipsPartNameOf,
  resolveRelationshipTarget,
} from "../../../src/ooxml/package/part-names";

describe("part names", () => {
  it("normalizes zip paths and part names alike", () => {
    expect(normalizePartName("word/document.xml")).toBe("/word/document.xml");
    expect(normalizePartName("/word/./media/../document.xml")).toBe("/word/document.xml");
    expect(normalizePartName("word\\document.xml")).toBe("/word/document.xml");
    expect(normalizePartName("word/my%20doc.xml")).toBe("/word/my doc.xml");
    expect(normalizePartName("word/bad%zz.xml")).toBe("/word/bad%zz.xml");
  });

  it("resolves relationship targets against the owning part's folder", () => {
    expect(resolveRelationshipTarget("/", "word/document.xml")).toBe("/word/document.xml");
    expect(resolveRelationshipTarget("/word/document.xml", "styles.xml")).toBe("/word/styles.xml");
    expect(resolveRelationshipTarget("/word/document.xml", "../customXml/item1.xml")).toBe(
      "/customXml/item1.xml"
    );
    expect(resolveRelationshipTarget("/word/document.xml", "/word/styles.xml#x")).toBe(
      "/word/styles.xml"
    );
  });

  it("names the relationships part of a part and of the package", () => {
    expect(relationshipsPartNameOf("/")).toBe("/_rels/.rels");
    expect(relationshipsPartNameOf("word/document.xml")).toBe("/word/_rels/document.xml.rels");
  });
});
