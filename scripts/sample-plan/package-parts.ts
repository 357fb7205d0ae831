/**
 * The sample plan as a .docx package: the main document plus the few parts Word, LibreOffice and
 * WPS expect (styles with Times New Roman 13 pt and Vietnamese proofing, document properties).
 * Every entry carries the same fixed date, so regenerating gives the same bytes.
 */
import JSZip from "jszip";
import { escapeXmlText } from "../../src/ooxml";
import { samplePlanDocumentXml } from "./document-xml";

const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const ENTRY_DATE = new Date(Date.UTC(2025, 9, 20, 8, 0, 0));
const TITLE = "Kế hoạch cải tiến chất lượng giáo dục năm học 2025 - 2026 (mẫu)";

const CONTENT_TYPES =
  XML_DECLARATION +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
  `</Types>`;

const PACKAGE_RELATIONSHIPS =
  XML_DECLARATION +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
  `</Relationships>`;

const DOCUMENT_RELATIONSHIPS =
  XML_DECLARATION +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

const STYLES =
  XML_DECLARATION +
  `<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>` +
  `<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>` +
  `</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>` +
  `<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `</w:styles>`;

const CORE_PROPERTIES =
  XML_DECLARATION +
  `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
  `<dc:title>${escapeXmlText(TITLE)}</dc:title><dc:creator>kdcl</dc:creator><dc:language>vi-VN</dc:language>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${ENTRY_DATE.toISOString().replace(/\.\d+Z$/, "Z")}</dcterms:created>` +
  `</cp:coreProperties>`;

const APP_PROPERTIES =
  XML_DECLARATION +
  `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>kdcl</Application></Properties>`;

/** The package's parts by entry name, in the order they are zipped. */
export function samplePlanParts(): Map<string, string> {
  return new Map([
    ["[Content_Types].xml", CONTENT_TYPES],
    ["_rels/.rels", PACKAGE_RELATIONSHIPS],
    ["word/document.xml", samplePlanDocumentXml()],
    ["word/_rels/document.xml.rels", DOCUMENT_RELATIONSHIPS],
    ["word/styles.xml", STYLES],
    ["docProps/core.xml", CORE_PROPERTIES],
    ["docProps/app.xml", APP_PROPERTIES],
  ]);
}

export function buildSamplePlan(): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of samplePlanParts()) zip.file(name, text, { date: ENTRY_DATE });
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 9 },
  });
}
